package org.arflow.patientbilling;

/** No patient with this account number. */
public class PatientNotFoundException extends RuntimeException {

    PatientNotFoundException(long patientId) {
        super("No patient account " + patientId);
    }
}
