package org.divide.io.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.divide.io.Fixtures;

/**
 * A test fetcher over recorded responses: each URL (the whole string, with its query) is served the
 * bytes of a test resource. Counts the requests, remembers them in order, and fails on chosen
 * URLs. Thread-safe once set up.
 */
final class RecordedFetcher implements Fetcher {

    /** The time every response is said to be fetched at. */
    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<FetchRequest> requests = new ArrayList<>();

    /**
     * Serves a test resource at a URL.
     *
     * @param url      the URL, exactly as the client builds it
     * @param resource the resource under {@code org/divide/io/}
     * @return this
     */
    RecordedFetcher serve(String url, String resource) {
        try {
            bodies.put(url, Files.readAllBytes(Fixtures.resource(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Makes a URL fail with an {@link IOException}.
     *
     * @param url the URL
     * @return this
     */
    RecordedFetcher failOn(String url) {
        failing.add(url);
        return this;
    }

    @Override
    public Fetched fetch(FetchRequest request) throws IOException {
        String url = request.uri().toString();
        counts.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
        synchronized (requests) {
            requests.add(request);
        }
        if (failing.contains(url)) {
            throw new IOException(url + ": connection reset (recorded failure)");
        }
        byte[] body = bodies.get(url);
        if (body == null) {
            throw new IOException(url + ": no recorded response");
        }
        return new Fetched(body.clone(), "", Fetched.Origin.NETWORK, new Provenance(URI.create(url), AT,
                sha256(body)));
    }

    /**
     * How often a URL was asked for.
     *
     * @param url the URL
     * @return the count
     */
    int count(String url) {
        AtomicInteger c = counts.get(url);
        return c == null ? 0 : c.get();
    }

    /**
     * The requests so far, in the order they were made.
     *
     * @return a copy
     */
    List<FetchRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * The SHA-256 of bytes as 64 lower-case hexadecimal digits.
     *
     * @param body the bytes
     * @return the hash
     */
    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
