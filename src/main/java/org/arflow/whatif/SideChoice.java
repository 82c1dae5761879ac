package org.arflow.whatif;

/**
 * What an analyst puts on one side of a run: the live processes, a deployed version of claim-follow-up, a
 * saved design draft, or an uploaded file. Each but the live one replaces one live file (see {@link Replacement}).
 */
public sealed interface SideChoice {

    /** The files of bpmn/, as the app deployed them at its start. */
    record Live() implements SideChoice {
    }

    /** A version of claim-follow-up as it was deployed (the file kept in the deployment log). */
    record DeployedVersion(int version) implements SideChoice {
    }

    /** A draft saved in the designer (its current revision). */
    record SavedDraft(long draftId) implements SideChoice {
    }

    /** A .bpmn or .dmn file the analyst uploads; the label defaults to the file's name. */
    record UploadedFile(String fileName, byte[] content, String label) implements SideChoice {
    }
}
