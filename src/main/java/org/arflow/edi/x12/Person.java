package org.arflow.edi.x12;

import java.time.LocalDate;

/**
 * A patient or subscriber: name, member id (NM109, null when the file gives none) and, where
 * the file has a DMG segment, birth date and gender code (F, M, U); otherwise those are null.
 */
public record Person(String lastName, String firstName, String memberId, LocalDate birthDate, String gender) {

    static Person fromNm1(Segment nm1) {
        return new Person(nm1.text(3), nm1.text(4), nm1.text(9), null, null);
    }

    /** Reads DMG*D8*birthdate*gender. */
    Person withDemographics(Segment dmg) {
        LocalDate birth = dmg.is(1, "D8") ? dmg.date(2) : null;
        return new Person(lastName, firstName, memberId, birth, dmg.text(3));
    }
}
