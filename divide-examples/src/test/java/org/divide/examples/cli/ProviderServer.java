package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A JDK HTTP server on 127.0.0.1 (a free port) replaying recorded provider responses by path
 * (the query is ignored), for the tests of {@code divide fetch}: the internet is never touched.
 * Unknown paths answer 404. (divide-io's tests have the scripted {@code LoopbackServer}; the
 * build does not share test classes between modules, so this is the least the command's tests
 * need.)
 */
final class ProviderServer implements AutoCloseable {

    private record Answer(int status, String contentType, byte[] body, String location) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String> asked = new ConcurrentHashMap<>();

    ProviderServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                asked.put(path, exchange.getRequestURI().getRawQuery() + " Accept: "
                        + exchange.getRequestHeaders().getFirst("Accept"));
                Answer a = answers.get(path);
                if (a == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (a.location() != null) {
                    exchange.getResponseHeaders().set("Location", a.location());
                }
                if (a.contentType() != null) {
                    exchange.getResponseHeaders().set("Content-Type", a.contentType());
                }
                exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
                if (a.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(a.body());
                    }
                }
            }
        });
        server.start();
    }

    /**
     * Serves a test resource at a path.
     *
     * @param path        the path, such as {@code /v2/country/all/indicator/X}
     * @param contentType the Content-Type
     * @param resource    the resource under {@code org/divide/examples/cli/}
     * @return this server
     */
    ProviderServer serve(String path, String contentType, String resource) {
        try (InputStream in = ProviderServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            answers.put(path, new Answer(200, contentType, in.readAllBytes(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Serves a text at a path.
     *
     * @param path        the path
     * @param contentType the Content-Type
     * @param body        the body, sent as UTF-8
     * @return this server
     */
    ProviderServer serveText(String path, String contentType, String body) {
        answers.put(path, new Answer(200, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
        return this;
    }

    /**
     * The raw query and the Accept header of the last request of a path.
     *
     * @param path the path
     * @return {@code "<query> Accept: <accept>"}, or {@code null} if never asked
     */
    String asked(String path) {
        return asked.get(path);
    }

    /**
     * Answers a path with a status and no body (a 3xx with a Location).
     *
     * @param path     the path
     * @param status   the status
     * @param location the Location header, or {@code null}
     * @return this server
     */
    ProviderServer answer(String path, int status, String location) {
        answers.put(path, new Answer(status, null, new byte[0], location));
        return this;
    }

    /** {@return {@code http://127.0.0.1:PORT}} */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * How many requests a path received.
     *
     * @param path the path
     * @return the count
     */
    int count(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
