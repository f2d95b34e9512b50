package org.divide.io.fetch;

import java.io.IOException;

/**
 * Gets the body of a URL: over HTTP, from an on-disk cache, or from recorded responses in tests.
 *
 * <p>Implementations are thread-safe: a client may page through an API on several threads with one
 * fetcher. A failure is an {@link IOException} whose message names the URL (without credentials) and
 * what went wrong; nothing half-fetched is ever returned.
 */
@FunctionalInterface
public interface Fetcher {

    /**
     * Fetches one resource.
     *
     * @param request the URL and the media types wanted, non-null
     * @return the whole body with its provenance
     * @throws IOException if the resource cannot be had: network failure after the retries, an HTTP
     *                     error status, a refused redirect, a body over the size limit, or (offline)
     *                     no cache entry
     */
    Fetched fetch(FetchRequest request) throws IOException;
}
