package city.keyprojects.gateway.support;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Sends a GET with the request target exactly as given, byte for byte: HTTP client libraries may normalize
 * {@code ..} or re-encode {@code %}, which would hide what an attacker can send.
 */
public final class RawHttp {

    public record Response(int status, String headersAndBody) {
    }

    private RawHttp() {
    }

    public static Response get(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), ISO_8859_1);
            String statusLine = response.lines().findFirst().orElseThrow();
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), response);
        }
    }
}
