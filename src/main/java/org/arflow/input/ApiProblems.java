package org.arflow.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error handling of the whole API, in RFC 9457 problem details: 404 for unknown paths and missing
 * things, 400 naming the field, 409 for conflicts, 413 for size, and each feature's {@link ProblemException} with its
 * own status. Spring's own refusals (wrong method, media type, parameter type) keep their 4xx. A client's mistake
 * is never a 500; the database's words (which may quote a failing row) never reach the client or the log.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** A value the service refused (a bad choice, a date out of range). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A role or a thing the caller may not have (checked in the service): 403, in the same shape. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A single row asked for by id that is not there. */
    @ExceptionHandler(EmptyResultDataAccessException.class)
    ProblemDetail missing(EmptyResultDataAccessException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such thing here");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid data: " + e.getConstraintViolations()
                .stream().map(v -> leaf(v.getPropertyPath().toString()) + ": " + v.getMessage()).sorted()
                .collect(Collectors.joining("; ")));
    }

    /** A row the database refused: the kind is said, the values (patient data) are not. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail notStored(DataIntegrityViolationException e) {
        boolean duplicate = e instanceof DuplicateKeyException;
        log.warn("Database refused a request's data ({})", e.getClass().getSimpleName());
        return ProblemDetail.forStatusAndDetail(duplicate ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, duplicate
                ? "This is already known; nothing was changed"
                : "A value does not fit (too long, too large or not allowed here); nothing was changed");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid data: " + detail);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> r.getMethodParameter().getParameterName()
                        + ": " + err.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid data: " + detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            ResponseEntity<Object> answer = problem(HttpStatus.BAD_REQUEST, "Unreadable value in " + field);
            ((ProblemDetail) answer.getBody()).setProperty("field", field);
            return answer;
        }
        return problem(HttpStatus.BAD_REQUEST, "Unreadable value in the request body");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's messages may echo what the client sent (a header, a path): one line, nothing more
        if (body instanceof ProblemDetail p && p.getDetail() != null) {
            p.setDetail(Identifiers.forLog(p.getDetail()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static String leaf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
