package org.arflow.edi.x12;

import java.util.Map;

/**
 * One HL of an 837 with what it and its parents say about the claims below it: billing
 * provider (HL 20), subscriber and payer (HL 22), patient (HL 23). A new HL starts from a copy
 * of its parent named in HL02, so a second subscriber never inherits the first one's patient,
 * and claims pick up exactly the parties of the branch they sit in.
 */
final class HierarchyLevel {

    private final String code;
    Party billingProvider;
    Person subscriber;
    Party payer;
    Person patient;
    private String lastPerson;

    private HierarchyLevel(String code) {
        this.code = code;
    }

    static HierarchyLevel open(Segment hl, Map<String, HierarchyLevel> seen) {
        String id = hl.required(1, "the hierarchical id (HL01)");
        String parentId = hl.text(2);
        String code = hl.required(3, "the level code (HL03)");
        HierarchyLevel level = new HierarchyLevel(code);
        if (parentId != null) {
            HierarchyLevel parent = seen.get(parentId);
            if (parent == null) {
                throw hl.error(2, "parent HL " + parentId + " does not come before this HL");
            }
            level.billingProvider = parent.billingProvider;
            level.subscriber = parent.subscriber;
            level.payer = parent.payer;
            // a patient belongs to one subscriber branch only: it is never carried down
        }
        if (seen.put(id, level) != null) {
            throw hl.error(1, "HL id " + id + " is used twice");
        }
        return level;
    }

    /** Takes the parties of loops 2010AA, 2010BA, 2010BB and 2010CA. */
    void accept(Segment segment) {
        if (segment.tag().equals("DMG")) {
            // DMG follows the NM1 of the person it describes
            if ("IL".equals(lastPerson)) {
                subscriber = subscriber.withDemographics(segment);
            } else if ("QC".equals(lastPerson)) {
                patient = patient.withDemographics(segment);
            }
            return;
        }
        if (!segment.tag().equals("NM1")) {
            return;
        }
        String role = segment.text(1) == null ? "" : segment.text(1);
        lastPerson = null;
        switch (role) {
            case "85" -> billingProvider = Party.fromNm1(segment);
            case "PR" -> payer = Party.fromNm1(segment);
            case "IL" -> {
                subscriber = Person.fromNm1(segment);
                lastPerson = role;
            }
            case "QC" -> {
                patient = Person.fromNm1(segment);
                lastPerson = role;
            }
            default -> {
                // pay-to, submitter and other names are not needed
            }
        }
    }

    String code() {
        return code;
    }
}
