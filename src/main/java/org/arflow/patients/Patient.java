package org.arflow.patients;

import java.time.LocalDate;

/** A patient; member id is the subscriber id on the payer's card, when known. */
public record Patient(long id, String firstName, String lastName, LocalDate birthDate, String memberId) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
