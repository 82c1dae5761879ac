package org.arflow.claims;

import java.time.LocalDate;

/**
 * What an 835 says about whose claim a CLP is, besides CLP01: the payer (N1*PR id and name), the patient
 * (NM1*QC name and member id) and the dates of service. Any part may be null when the file lacks it.
 */
public record RemittanceIdentity(String payerId, String payerName, String patientLastName, String patientFirstName,
                                 String patientMemberId, LocalDate serviceFrom) {

    public static final RemittanceIdentity UNKNOWN = new RemittanceIdentity(null, null, null, null, null, null);
}
