package org.arflow.edi;

/** No received file has this id. */
public class X12FileNotFoundException extends RuntimeException {
    X12FileNotFoundException(long fileId) {
        super("No X12 file #" + fileId);
    }
}
