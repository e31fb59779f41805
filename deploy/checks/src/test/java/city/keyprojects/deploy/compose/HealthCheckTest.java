package city.keyprojects.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import city.keyprojects.deploy.ProjectFiles;

/** The Compose healthcheck compiles for Java 17 and tells a ready application from one that is not. */
class HealthCheckTest {

    @TempDir
    Path classes;
    private HttpServer server;
    private Method check;

    @BeforeEach
    void compileAndServe() throws Exception {
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), ProjectFiles.file("deploy/compose/healthcheck/HealthCheck.java").toString());
        assertThat(exit).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        check = loader.loadClass("HealthCheck").getMethod("check", String.class);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/not-ready", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int check(String url) throws Exception {
        return (int) check.invoke(null, url);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void healthyWhenTheEndpointAnswers200() throws Exception {
        assertThat(check(base() + "/ready")).isZero();
    }

    @Test
    void unhealthyWhenTheEndpointAnswersAnythingElse() throws Exception {
        assertThat(check(base() + "/not-ready")).isEqualTo(1);
    }

    @Test
    void unhealthyWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(check("http://127.0.0.1:" + port + "/actuator/health/readiness")).isEqualTo(1);
    }

    @Test
    void unhealthyOnAMalformedAddress() throws Exception {
        assertThat(check("not a url")).isEqualTo(1);
    }
}
