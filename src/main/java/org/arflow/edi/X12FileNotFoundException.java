package org.arflow.edi;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** No received file has this id. */
public class X12FileNotFoundException extends ProblemException {
    X12FileNotFoundException(long fileId) {
        super(HttpStatus.NOT_FOUND, "No X12 file #" + fileId);
    }
}
