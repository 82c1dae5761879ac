package org.arflow.edi.x12;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One claim to ask a payer about in a 276. {@code claimId} is the provider's claim id (CLM01);
 * it is sent as the trace (TRN02) and patient control number (REF*EJ), so the payer's 277
 * answers under the same id. {@code provider} carries the NPI as its id. {@code patient} is
 * null when the subscriber is the patient. The patient's birth date is required (the 276 DMG).
 * {@code serviceDates} is required; {@code totalCharge} may be null.
 */
public record StatusInquiry(String claimId, Party payer, Party provider, Person subscriber, Person patient,
        DateRange serviceDates, BigDecimal totalCharge) {

    public StatusInquiry {
        require(claimId != null && !claimId.isBlank(), "the claim id is required");
        require(payer != null && payer.name() != null && payer.id() != null,
                "the payer name and id are required (claim " + claimId + ")");
        require(provider != null && provider.name() != null && provider.id() != null,
                "the provider name and NPI are required (claim " + claimId + ")");
        require(subscriber != null && subscriber.lastName() != null && subscriber.memberId() != null,
                "the subscriber last name and member id are required (claim " + claimId + ")");
        require(patient == null || patient.lastName() != null,
                "the patient last name is required (claim " + claimId + ")");
        // fields are assigned after this constructor body: use the parameters, not the accessors
        require((patient != null ? patient : subscriber).birthDate() != null,
                "the patient's birth date is required (claim " + claimId + ")");
        Objects.requireNonNull(serviceDates, "service dates (claim " + claimId + ")");
        require(serviceDates.from() != null, "the first day of service is required (claim " + claimId + ")");
    }

    /** Whom the claim is for: the dependent when there is one, else the subscriber. */
    public Person patientOrSubscriber() {
        return patient != null ? patient : subscriber;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
