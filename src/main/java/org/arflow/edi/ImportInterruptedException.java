package org.arflow.edi;

import org.arflow.input.ProblemException;
import org.springframework.http.HttpStatus;

/** An import stopped for a reason that is not the file's; the file is kept and can be imported again. */
public class ImportInterruptedException extends ProblemException {
    ImportInterruptedException(long fileId, RuntimeException cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Import of file #" + fileId + " was interrupted (" + cause.getMessage()
                + "). The file is kept; send it again to complete the import.", cause);
    }
}
