package org.arflow.design;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Plain-words errors of the design API. */
@RestControllerAdvice(assignableTypes = DesignApi.class)
class DesignApiErrors {

    @ExceptionHandler(DraftNotFoundException.class)
    ProblemDetail notFound(DraftNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ProcessFileNotFoundException.class)
    ProblemDetail noFile(ProcessFileNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A request arflow cannot act on (a bad value in it), not a missing thing. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DeployRefusedException.class)
    ProblemDetail refused(DeployRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
