package org.arflow.design;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arflow.engine.DeployedProcess;
import org.arflow.engine.EngineMode;
import org.arflow.engine.EngineProperties;
import org.arflow.engine.LiveDeployment;
import org.arflow.security.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Puts a validated draft live: only when its last validation passed on the revision it has now, and
 * with a reason. Recorded in the deployment log and the audit log. Running claims stay on their
 * version (Zeebe never moves instances by itself); new claims start on the new one.
 */
@Service
public class SafeDeploy {

    private final Drafts drafts;
    private final DraftStore store;
    private final ProcessCatalog catalog;
    private final LiveDeployment live;
    private final AuditLog audit;
    private final EngineProperties engine;

    SafeDeploy(Drafts drafts, DraftStore store, ProcessCatalog catalog, LiveDeployment live, AuditLog audit,
               EngineProperties engine) {
        this.drafts = drafts;
        this.store = store;
        this.catalog = catalog;
        this.live = live;
        this.audit = audit;
        this.engine = engine;
    }

    /** The new live version of the draft's process. */
    public DeployedProcess deploy(long draftId, String user, String reason) {
        drafts.mustBeAnalyst(user);
        if (reason == null || reason.isBlank()) {
            throw new DeployRefusedException("Say why this change goes live: the reason is recorded with the deploy");
        }
        Draft draft = drafts.get(draftId);
        if (!draft.readyToDeploy()) {
            throw new DeployRefusedException("Draft " + draftId + " cannot be deployed: " + draft.state()
                    + ". Validate it and deploy when every check passed.");
        }
        String resource = catalog.resourceNameOf(draft.processId());
        List<DeployedProcess> deployed = live.deploy(resource, draft.xml().getBytes(StandardCharsets.UTF_8), user,
                reason.trim());
        DeployedProcess version = deployed.stream().filter(p -> p.processId().equals(draft.processId())).findFirst()
                .orElseThrow(() -> new DeployRefusedException("The engine made no version of " + draft.processId()));
        store.recordDeployed(draftId, version.version());
        audit.record(user, "PROCESS_DEPLOYED", null, null, draft.processId() + " version " + version.version()
                + " from draft " + draftId + " (" + resource + "): " + reason.trim());
        return version;
    }

    /** What happens to running claims, in plain words. */
    public String migrationAnswer() {
        return engine.mode() == EngineMode.EMBEDDED
                ? "Running claims stay on their version. Moving them to the new version (instance migration) is not "
                + "offered in embedded mode: the in-memory engine is for evaluation; new claims take the new version."
                : "Running claims stay on their version; new claims take the new version. Instance migration with a "
                + "preview is not built yet: use Camunda Operate's migration for running instances.";
    }
}
