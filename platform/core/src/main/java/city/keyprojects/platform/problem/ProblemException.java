package city.keyprojects.platform.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A problem response of a given type and status, with response headers where the status calls for them
 * ({@code Retry-After} with 429, {@code WWW-Authenticate} with 401).
 */
public class ProblemException extends RuntimeException {

    private final String type;
    private final HttpStatus status;
    private final String title;
    private final Map<String, String> headers;

    public ProblemException(String type, HttpStatus status, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public String type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
