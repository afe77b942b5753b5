package vn.gov.cchc.portal.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.cchc.portal.common.NotFoundException;

/** The API's refusals as problem details (RFC 9457), in the caller's language; nothing of the portal's inside leaks. */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
class ApiExceptionAdvice {

    private final Problems problems;

    ApiExceptionAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException e, HttpServletRequest request) {
        return problem(e.status(), e.messageKey(), request, e.arguments());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.error.notFound", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "api.error.scope", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "api.error.badParameter", request, e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "api.error.badParameter", request, e.getParameterName());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpServletRequest request) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable", request);
    }

    private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request, Object... arguments) {
        ProblemDetail problem = problems.of(status, key, Problems.locale(request), arguments);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
