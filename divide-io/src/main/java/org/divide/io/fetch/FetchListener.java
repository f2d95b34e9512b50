package org.divide.io.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * Hears what a fetch is doing, so that a command line can show progress; the library itself never
 * prints. Every method does nothing by default. The URLs passed are redacted ({@link Redaction}).
 * Methods may be called from the HTTP client's threads and from several fetches at once: an
 * implementation must be thread-safe and quick, and must not throw.
 */
public interface FetchListener {

    /** A listener that does nothing. */
    FetchListener NONE = new FetchListener() {
    };

    /**
     * A request is about to be sent to the network.
     *
     * @param url     the redacted URL
     * @param attempt 1 for the first attempt, 2 for the first retry, and so on
     */
    default void started(URI url, int attempt) {
    }

    /**
     * Part of a body arrived.
     *
     * @param url      the redacted URL
     * @param received the bytes received so far (as sent, so compressed when the body is gzipped)
     * @param expected the {@code Content-Length}, or -1 when the provider did not send one
     */
    default void progress(URI url, long received, long expected) {
    }

    /**
     * An attempt failed and another follows after a wait.
     *
     * @param url     the redacted URL
     * @param attempt the attempt that failed, from 1
     * @param wait    how long the fetcher waits before the next attempt
     * @param reason  why the attempt failed, such as {@code HTTP 503 Service Unavailable}
     */
    default void retrying(URI url, int attempt, Duration wait, String reason) {
    }

    /**
     * A fetch finished.
     *
     * @param url    the redacted URL
     * @param origin where the body came from
     * @param bytes  the body's length
     */
    default void finished(URI url, Fetched.Origin origin, long bytes) {
    }
}
