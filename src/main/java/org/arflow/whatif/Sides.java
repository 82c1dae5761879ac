package org.arflow.whatif;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.arflow.design.Draft;
import org.arflow.design.DraftNotFoundException;
import org.arflow.design.Drafts;
import org.arflow.engine.DeploymentLog;
import org.springframework.stereotype.Component;

/**
 * Turns what an analyst picked for a side into the files that side deploys: the live files, or the live files
 * with one in their place (an older deployed version of claim-follow-up, a saved draft, an uploaded file).
 * Drafts are read on the user's behalf: only users who may read drafts can put one on a side.
 */
@Component
class Sides {

    private final LiveProcesses live;
    private final DeploymentLog deployments;
    private final Drafts drafts;

    Sides(LiveProcesses live, DeploymentLog deployments, Drafts drafts) {
        this.live = live;
        this.deployments = deployments;
        this.drafts = drafts;
    }

    ProcessVersion resolve(SideChoice choice, String user) {
        return switch (choice) {
            case SideChoice.Live l -> live.live();
            case SideChoice.DeployedVersion v -> deployed(v.version());
            case SideChoice.SavedDraft d -> draft(d.draftId(), user);
            case SideChoice.UploadedFile f -> Replacement.apply(live.live(),
                    f.label() == null || f.label().isBlank() ? "draft: " + f.fileName() : f.label(), f.fileName(),
                    f.content() == null ? new byte[0] : f.content());
        };
    }

    SideOptions options(String user) {
        List<DeploymentLog.Entry> followUps = deployments.entries().stream()
                .filter(e -> DeploymentLog.PROCESS.equals(e.kind()) && VersionModel.CLAIM_PROCESS.equals(e.processId()))
                .sorted(Comparator.comparingInt(DeploymentLog.Entry::version).reversed()).toList();
        int latest = followUps.isEmpty() ? -1 : followUps.getFirst().version();
        return new SideOptions(
                followUps.stream().map(e -> new SideOptions.Version(e.version(), e.version() == latest,
                        e.firstDeployedAt(), e.deployedBy(), e.reason())).toList(),
                drafts.readableBy(user).stream().map(d -> new SideOptions.SavedDraft(d.id(), d.processId(), d.title(),
                        d.revision(), d.state())).toList());
    }

    private ProcessVersion deployed(int version) {
        byte[] content = deployments.content(DeploymentLog.PROCESS, VersionModel.CLAIM_PROCESS, version)
                .orElseThrow(() -> new IllegalArgumentException(
                        "arflow has no file of " + VersionModel.CLAIM_PROCESS + " version " + version));
        return Replacement.apply(live.live(), VersionModel.CLAIM_PROCESS + " version " + version,
                VersionModel.CLAIM_PROCESS + ".bpmn", content);
    }

    private ProcessVersion draft(long id, String user) {
        Draft draft;
        try {
            draft = drafts.read(id, user);
        } catch (DraftNotFoundException e) {
            throw new IllegalArgumentException("No draft " + id + ": it was deleted, or never saved");
        }
        return Replacement.apply(live.live(), "draft " + id + ": " + draft.title() + " (revision " + draft.revision() + ")",
                draft.processId() + ".bpmn", draft.xml().getBytes(StandardCharsets.UTF_8));
    }
}
