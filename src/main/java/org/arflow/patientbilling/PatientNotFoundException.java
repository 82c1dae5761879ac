package org.arflow.patientbilling;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** No patient with this account number. */
public class PatientNotFoundException extends ProblemException {

    PatientNotFoundException(long patientId) {
        super(HttpStatus.NOT_FOUND, "No patient account " + patientId);
    }
}
