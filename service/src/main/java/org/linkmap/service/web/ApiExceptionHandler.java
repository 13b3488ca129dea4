package org.linkmap.service.web;

import java.util.List;

import org.apache.catalina.connector.ClientAbortException;
import org.linkmap.model.submission.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns every failure into problem details. What a client sent wrong is a 4xx naming the field; a fault
 * of the service is a 500 that says nothing of its internals (no stack trace, no Cypher), and is logged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return Problems.invalid(e.errors());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ProblemDetail tooLarge(PayloadTooLarge e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof PayloadTooLarge tooLarge) {
            return tooLarge(tooLarge);
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.invalid(List.of(new FieldError(Problems.path(mapping), "has the wrong type or shape")));
        }
        return Problems.invalid(List.of(new FieldError("body", "must be well-formed JSON")));
    }

    /** Query parameters bound to a record: each one that would not convert is named. */
    @ExceptionHandler(BindException.class)
    ProblemDetail binding(BindException e) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), "has the wrong type")).toList();
        return Problems.invalid(errors.isEmpty() ? List.of(new FieldError("query", "is malformed")) : errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldError(e.getName(), "has the wrong type")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return Problems.invalid(List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        List<String> supported = e.getSupportedMediaTypes().stream().map(Object::toString).toList();
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send " + (supported.isEmpty() ? "application/json" : String.join(" or ", supported)) + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "This path does not take " + e.getMethod() + ".");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "No such resource.");
    }

    @ExceptionHandler(ServiceBusy.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(TaskRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(TaskRejectedException e) {
        return busy(BoundedWork.busy());
    }

    /** The request's time limit passed (its work has been cancelled), or a database query exceeded its own. */
    @ExceptionHandler(AsyncRequestTimeoutException.class)
    ProblemDetail timedOut(AsyncRequestTimeoutException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, BoundedWork.OVER_TIME_LIMIT);
    }

    /** The client hung up, mid-upload or before the answer: there is no one to answer, and the service did nothing wrong. */
    @ExceptionHandler({ClientAbortException.class, AsyncRequestNotUsableException.class})
    void clientGone(Exception e) {
        log.info("The client went away before the request was answered: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (queryTimedOut(e) || queryTimedOut(e.getCause())) {
            return timedOut(new AsyncRequestTimeoutException());
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return known.getBody();
        }
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed to answer; the failure is logged.");
    }

    private static boolean queryTimedOut(Throwable e) {
        return e instanceof ClientException client && client.code() != null
                && client.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }
}
