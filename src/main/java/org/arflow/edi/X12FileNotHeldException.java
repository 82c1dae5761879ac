package org.arflow.edi;

/** Import anyway was asked for a file that is not held (imported, failed, or being imported). */
public class X12FileNotHeldException extends RuntimeException {
    X12FileNotHeldException(long fileId, String status) {
        super("File #" + fileId + " is " + status + ", not held: there is nothing to import anyway");
    }
}
