package city.keyprojects.platform.security;

import java.util.Map;

import org.springframework.http.HttpStatus;

import city.keyprojects.platform.problem.ProblemException;

/** The caller's role may use the endpoint, but not on this object: another department's item, say (403). */
public final class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super("forbidden", HttpStatus.FORBIDDEN, "Not allowed", detail, Map.of());
    }
}
