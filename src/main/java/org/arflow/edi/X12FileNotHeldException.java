package org.arflow.edi;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** Import anyway was asked for a file that is not held (imported, failed, or being imported). */
public class X12FileNotHeldException extends ProblemException {
    X12FileNotHeldException(long fileId, String status) {
        super(HttpStatus.CONFLICT, "File #" + fileId + " is " + status + ", not held: there is nothing to import anyway");
    }
}
