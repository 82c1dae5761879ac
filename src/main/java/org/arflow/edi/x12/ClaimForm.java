package org.arflow.edi.x12;

/** Which 837 a claim came in: told apart by the implementation guide in GS08 / ST03. */
public enum ClaimForm {
    /** 837P, 005010X222: physicians and suppliers; lines are SV1. */
    PROFESSIONAL("005010X222"),
    /** 837I, 005010X223: hospitals and facilities; lines are SV2 with a revenue code. */
    INSTITUTIONAL("005010X223");

    private final String guide;

    ClaimForm(String guide) {
        this.guide = guide;
    }

    /** The form for a guide id such as 005010X222A1, or null for one not read here (e.g. dental). */
    static ClaimForm of(String implementationGuide) {
        for (ClaimForm form : values()) {
            if (implementationGuide != null && implementationGuide.startsWith(form.guide)) {
                return form;
            }
        }
        return null;
    }
}
