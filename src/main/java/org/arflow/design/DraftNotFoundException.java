package org.arflow.design;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** No draft with this id (deleted, or never made). */
public class DraftNotFoundException extends ProblemException {

    public DraftNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "No draft " + id);
    }
}
