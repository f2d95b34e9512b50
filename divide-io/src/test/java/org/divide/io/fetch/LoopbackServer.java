package org.divide.io.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.divide.io.Fixtures;

/**
 * A scripted HTTP server on 127.0.0.1 for tests: the internet is never touched. Each path (or path
 * with its query) answers a script of {@link Reply replies}, one per request, the last repeated; the
 * server counts the requests of each path and records their headers. Unscripted paths answer 404.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start()) {
 *     server.on("/v2/x", Reply.status(503), Reply.ok("application/json", "[]"));
 *     Fetched f = fetcher.fetch(new FetchRequest(server.uri("/v2/x?format=json"), "application/json"));
 *     assertEquals(2, server.count("/v2/x"));
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Recorded(String method, URI uri, Map<String, List<String>> headers) {

        /**
         * A request header.
         *
         * @param name the header's name, any case
         * @return its first value, or {@code null}
         */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** One scripted response. Immutable: the {@code withX} methods return new replies. */
    public static final class Reply {

        private final int status;
        private final Map<String, String> headers;
        private final byte[] body;
        private final boolean gzip;
        private final int cutAfter;
        private final Duration delay;

        private Reply(int status, Map<String, String> headers, byte[] body, boolean gzip, int cutAfter,
                Duration delay) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.gzip = gzip;
            this.cutAfter = cutAfter;
            this.delay = delay;
        }

        /**
         * A 200 response.
         *
         * @param contentType the Content-Type
         * @param body        the body, sent as UTF-8
         * @return the reply
         */
        public static Reply ok(String contentType, String body) {
            return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * A 200 response.
         *
         * @param contentType the Content-Type
         * @param body        the body (not copied)
         * @return the reply
         */
        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of(), body, false, -1, Duration.ZERO).withHeader("Content-Type", contentType);
        }

        /**
         * A 200 response with the bytes of a test resource (a recorded provider response).
         *
         * @param contentType the Content-Type
         * @param resource    the resource under {@code org/divide/io/}, such as {@code worldbank/x.json}
         * @return the reply
         */
        public static Reply resource(String contentType, String resource) {
            try {
                return ok(contentType, Files.readAllBytes(Fixtures.resource(resource)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A response with a status and no body.
         *
         * @param status the status code
         * @return the reply
         */
        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], false, -1, Duration.ZERO);
        }

        /**
         * A redirect.
         *
         * @param status   301, 302, 303, 307 or 308
         * @param location the Location header
         * @return the reply
         */
        public static Reply redirect(int status, String location) {
            return status(status).withHeader("Location", location);
        }

        /**
         * This reply with a header added.
         *
         * @param name  the header's name
         * @param value its value
         * @return the new reply
         */
        public Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, Map.copyOf(h), body, gzip, cutAfter, delay);
        }

        /**
         * This reply with its body gzipped ({@code Content-Encoding: gzip}).
         *
         * @return the new reply
         */
        public Reply gzipped() {
            return new Reply(status, headers, body, true, cutAfter, delay);
        }

        /**
         * This reply announcing its whole length but cut (the connection closed) after some bytes.
         *
         * @param bytes the bytes sent before the cut
         * @return the new reply
         */
        public Reply cutAfter(int bytes) {
            return new Reply(status, headers, body, gzip, bytes, delay);
        }

        /**
         * This reply sent only after a wait.
         *
         * @param wait the wait before the status line
         * @return the new reply
         */
        public Reply delayed(Duration wait) {
            return new Reply(status, headers, body, gzip, cutAfter, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Recorded>> received = new ConcurrentHashMap<>();

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on 127.0.0.1 on a free port.
     *
     * @return the running server; close it after the test
     */
    public static LoopbackServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "loopback-server");
                t.setDaemon(true);
                return t;
            });
            LoopbackServer loopback = new LoopbackServer(s, executor);
            s.createContext("/", loopback::handle);
            s.setExecutor(executor);
            s.start();
            return loopback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scripts a path: the n-th request gets the n-th reply, later requests the last one.
     *
     * @param path    the path ({@code /v2/x}), or the path with its query to script one query only
     * @param replies the replies, at least one
     * @return this server
     */
    public LoopbackServer on(String path, Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("replies: none");
        }
        scripts.put(path, new ArrayList<>(List.of(replies)));
        return this;
    }

    /**
     * A URL on this server.
     *
     * @param pathAndQuery such as {@code /v2/x?format=json}
     * @return {@code http://127.0.0.1:<port><pathAndQuery>}
     */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * How many requests a path received (whatever their queries).
     *
     * @param path the path
     * @return the count
     */
    public int count(String path) {
        return requests(path).size();
    }

    /**
     * The requests a path received, oldest first.
     *
     * @param path the path
     * @return the requests
     */
    public List<Recorded> requests(String path) {
        List<Recorded> r = received.get(path);
        if (r == null) {
            return List.of();
        }
        synchronized (r) {
            return List.copyOf(r);
        }
    }

    /**
     * The {@code Accept} header of the first request of a path.
     *
     * @param path the path (without query)
     * @return the header, or {@code null} if the path was never asked
     */
    public String accept(String path) {
        List<Recorded> r = requests(path);
        return r.isEmpty() ? null : r.get(0).header("Accept");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            List<Recorded> log = received.computeIfAbsent(uri.getPath(), k -> new ArrayList<>());
            int index;
            synchronized (log) {
                index = log.size();
                log.add(new Recorded(exchange.getRequestMethod(), uri, Map.copyOf(headers)));
            }
            List<Reply> script = uri.getRawQuery() == null ? null : scripts.get(uri.getPath() + "?" + uri.getRawQuery());
            if (script == null) {
                script = scripts.get(uri.getPath());
            }
            if (script == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            send(exchange, script.get(Math.min(index, script.size() - 1)));
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.delay.isZero()) {
            try {
                Thread.sleep(reply.delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        byte[] body = reply.gzip ? gzip(reply.body) : reply.body;
        Headers h = exchange.getResponseHeaders();
        reply.headers.forEach(h::set);
        if (reply.gzip) {
            h.set("Content-Encoding", "gzip");
        }
        boolean noBody = body.length == 0 && reply.cutAfter < 0;
        exchange.sendResponseHeaders(reply.status, noBody ? -1 : body.length);
        if (noBody) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (reply.cutAfter >= 0) {
            out.write(body, 0, Math.min(reply.cutAfter, body.length));
            out.flush();
            // closing the exchange before the announced length is written closes the connection
            return;
        }
        out.write(body);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
