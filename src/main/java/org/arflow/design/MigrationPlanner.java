package org.arflow.design;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arflow.claims.ClaimService;
import org.arflow.engine.DeploymentLog;
import org.springframework.stereotype.Service;

/**
 * Previews the migration of running claims from an older version of claim-follow-up to the latest:
 * elements map by id when the new version has an element of the same kind with that id.
 */
@Service
public class MigrationPlanner {

    private final ProcessCatalog catalog;
    private final ClaimService claims;

    MigrationPlanner(ProcessCatalog catalog, ClaimService claims) {
        this.catalog = catalog;
        this.claims = claims;
    }

    public MigrationPreview preview(String processId, int fromVersion) {
        int latest = catalog.entries().stream()
                .filter(e -> e.isProcess() && e.id().equals(processId) && e.latest())
                .mapToInt(CatalogEntry::version).findFirst()
                .orElseThrow(() -> new ProcessFileNotFoundException("No deployed process " + processId));
        Map<String, FlowNode> from = nodes(catalog.file(DeploymentLog.PROCESS, processId, fromVersion));
        Map<String, FlowNode> to = nodes(catalog.file(DeploymentLog.PROCESS, processId, latest));
        List<MigrationPreview.Mapping> mappings = new ArrayList<>();
        List<String> without = new ArrayList<>();
        from.forEach((id, node) -> {
            FlowNode target = to.get(id);
            if (target != null && target.getElementType().getTypeName().equals(node.getElementType().getTypeName())) {
                mappings.add(new MigrationPreview.Mapping(id, id, node.getName()));
            } else {
                without.add(node.getName() == null ? id : node.getName() + " (" + id + ")");
            }
        });
        boolean followUp = ProcessCatalog.FOLLOW_UP.equals(processId);
        long running = followUp ? claims.openClaimsByFollowUpVersion().getOrDefault(fromVersion, 0L) : 0;
        List<String> some = followUp ? claims.openClaimIdsOnFollowUpVersion(fromVersion, 20) : List.of();
        return new MigrationPreview(processId, fromVersion, latest, running, some, mappings, without);
    }

    private static Map<String, FlowNode> nodes(byte[] bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        Map<String, FlowNode> nodes = new TreeMap<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> nodes.put(n.getId(), n));
        return nodes;
    }
}
