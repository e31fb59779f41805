import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The applications' Compose healthcheck. Their images hold a Java runtime and nothing else (no shell, no curl, no
 * wget), so the check is a Java program run by that runtime: exit 0 when the URL answers 200, 1 otherwise.
 * Compiled once by the Compose service {@code healthcheck-build} (the images' runtime has no compiler).
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) {
        System.exit(args.length == 1 ? check(args[0]) : 2);
    }

    /** 0 when {@code url} answers 200 within two seconds, 1 when it answers anything else or not at all. */
    public static int check(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200 ? 0 : 1;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return 1;
        }
    }
}
