package org.arflow.design;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.arflow.claims.ClaimService;
import org.arflow.engine.DeploymentLog;
import org.springframework.stereotype.Service;

/**
 * Every process and decision arflow deployed, by version, with the claims running on each version
 * of claim-follow-up; any version's file, and the live versions as a zip named as in bpmn/.
 */
@Service
public class ProcessCatalog {

    static final String FOLLOW_UP = "claim-follow-up";

    private final DeploymentLog deployments;
    private final ClaimService claims;

    ProcessCatalog(DeploymentLog deployments, ClaimService claims) {
        this.deployments = deployments;
        this.claims = claims;
    }

    public List<CatalogEntry> entries() {
        List<DeploymentLog.Entry> all = deployments.entries();
        Map<String, Integer> latest = new HashMap<>();
        all.forEach(e -> latest.merge(e.kind() + "/" + e.processId(), e.version(), Math::max));
        Map<Integer, Long> claimsByVersion = claims.openClaimsByFollowUpVersion();
        return all.stream().map(e -> new CatalogEntry(e.kind(), e.processId(), e.version(),
                latest.get(e.kind() + "/" + e.processId()) == e.version(), e.resourceName(), e.deployedBy(),
                e.firstDeployedAt(), e.reason(),
                FOLLOW_UP.equals(e.processId()) && DeploymentLog.PROCESS.equals(e.kind())
                        ? claimsByVersion.getOrDefault(e.version(), 0L) : null)).toList();
    }

    /** The file a version was deployed from (BPMN or DMN), to open in Camunda Modeler. */
    public byte[] file(String kind, String id, int version) {
        return deployments.content(kind, id, version).orElseThrow(() -> new ProcessFileNotFoundException(
                "arflow does not have the file of " + id + " version " + version));
    }

    /** The file name a process is deployed under (as in bpmn/); a new process gets its id + ".bpmn". */
    public String resourceNameOf(String processId) {
        return deployments.entries().stream()
                .filter(e -> DeploymentLog.PROCESS.equals(e.kind()) && e.processId().equals(processId))
                .max(java.util.Comparator.comparingInt(DeploymentLog.Entry::version))
                .map(DeploymentLog.Entry::resourceName).orElse(processId + ".bpmn");
    }

    /** The live (latest) version of every file, zipped under the names used in bpmn/: commit them back. */
    public byte[] exportLatest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : deployments.latestFiles().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
