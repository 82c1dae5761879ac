package org.arflow.edi;

/** An import stopped for a reason that is not the file's; the file is kept and can be imported again. */
public class ImportInterruptedException extends RuntimeException {
    ImportInterruptedException(long fileId, RuntimeException cause) {
        super("Import of file #" + fileId + " was interrupted (" + cause.getMessage()
                + "). The file is kept; send it again to complete the import.", cause);
    }
}
