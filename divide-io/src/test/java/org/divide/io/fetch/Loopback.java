package org.divide.io.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.sun.net.httpserver.HttpServer;
import org.divide.io.Fixtures;

/**
 * A JDK HTTP server on 127.0.0.1 (a free port) serving test resources by path and query, and a
 * minimal fetcher over the JDK HTTP client, for one end-to-end test per client: the client's URLs
 * go over a real socket and the body comes back through HTTP. Test-only; close it after the test.
 */
final class Loopback implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> accepts = new ConcurrentHashMap<>();

    /**
     * Starts the server.
     *
     * @throws IOException if it cannot bind
     */
    Loopback() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            accepts.put(key, String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            byte[] body = bodies.get(key);
            int status = body == null ? 404 : 200;
            byte[] out = body == null ? ("not found: " + key).getBytes(java.nio.charset.StandardCharsets.UTF_8) : body;
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
    }

    /**
     * The server's base URL with a path.
     *
     * @param path the path, starting with {@code /}
     * @return {@code http://127.0.0.1:PORT/path}
     */
    URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /**
     * Serves a test resource at a path and query.
     *
     * @param pathAndQuery the raw path and query, such as {@code /v2/country/KEN/indicator/X?format=json}
     * @param resource     the resource under {@code org/divide/io/}
     * @return this
     */
    Loopback serve(String pathAndQuery, String resource) {
        try {
            bodies.put(pathAndQuery, Files.readAllBytes(Fixtures.resource(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The {@code Accept} header a path was asked for with.
     *
     * @param pathAndQuery the raw path and query
     * @return the header, or {@code null} if never asked
     */
    String accept(String pathAndQuery) {
        return accepts.get(pathAndQuery);
    }

    /**
     * A fetcher over the JDK HTTP client: one GET, status 200 or an {@link IOException}.
     *
     * @return the fetcher
     */
    static Fetcher fetcher() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return request -> {
            HttpRequest get = HttpRequest.newBuilder(request.uri()).header("Accept", request.accept())
                    .timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(request.uri() + ": interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw new IOException(request.uri() + ": HTTP " + response.statusCode());
            }
            byte[] body = response.body();
            return new Fetched(body, response.headers().firstValue("Content-Type").orElse(""),
                    Fetched.Origin.NETWORK, new Provenance(request.uri(), Instant.now(),
                            RecordedFetcher.sha256(body)));
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
