package org.arflow.whatif;

import java.time.OffsetDateTime;
import java.util.List;

/** What a user may put on a side besides the live processes and an upload: deployed versions, saved drafts. */
public record SideOptions(List<Version> versions, List<SavedDraft> drafts) {

    /** A deployed version of claim-follow-up, newest first; {@code latest} is the one new claims start on. */
    public record Version(int version, boolean latest, OffsetDateTime deployedAt, String deployedBy, String reason) {
    }

    /** A saved draft: of claim-follow-up or of a process or decision it calls. */
    public record SavedDraft(long id, String processId, String title, int revision, String state) {
    }
}
