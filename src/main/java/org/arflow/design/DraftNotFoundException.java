package org.arflow.design;

/** No draft with this id (deleted, or never made). */
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException(long id) {
        super("No draft " + id);
    }
}
