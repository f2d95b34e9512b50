package org.divide.io.fetch;

import java.io.IOException;
import java.time.Instant;

/**
 * The seam between {@link CachedFetcher} and the network: one exchange that may carry the validators
 * of a cached copy and may answer that the copy is still good (HTTP 304). {@link #of(Fetcher)} makes
 * one of {@link HttpFetcher}'s conditional exchange, or of a plain fetcher, which never sends
 * validators.
 */
interface Network {

    /**
     * Fetches a resource, conditionally when validators are given.
     *
     * @param request    the URL and accepted media types
     * @param validators the cached copy's validators, or {@link Validators#NONE}
     * @return the response: a whole body, or "not modified"
     * @throws IOException as {@link Fetcher#fetch(FetchRequest)}
     */
    Exchange exchange(FetchRequest request, Validators validators) throws IOException;

    /**
     * A network over a plain fetcher: every exchange is a full fetch.
     *
     * @param fetcher the fetcher
     * @return the network
     */
    static Network of(Fetcher fetcher) {
        if (fetcher instanceof HttpFetcher http) {
            return http::exchange;
        }
        return (request, validators) -> {
            Fetched f = fetcher.fetch(request);
            return Exchange.body(f.bytes(), f.contentType(), null, null, f.provenance().fetchedAt());
        };
    }

    /**
     * The validators of a cached copy.
     *
     * @param etag         the {@code ETag} it was sent with, or {@code null}
     * @param lastModified the {@code Last-Modified} it was sent with, or {@code null}
     */
    record Validators(String etag, String lastModified) {

        /** No validators: an unconditional request. */
        static final Validators NONE = new Validators(null, null);

        /**
         * Whether there is any validator to send.
         *
         * @return true when the request would be conditional
         */
        boolean any() {
            return etag != null || lastModified != null;
        }
    }

    /**
     * What one exchange gave.
     *
     * @param notModified  whether the provider answered 304 Not Modified (then {@code body} is empty)
     * @param body         the whole decoded body; kept, not copied
     * @param contentType  the {@code Content-Type}, or empty
     * @param etag         the {@code ETag}, or {@code null}
     * @param lastModified the {@code Last-Modified}, or {@code null}
     * @param at           when the response arrived
     */
    record Exchange(boolean notModified, byte[] body, String contentType, String etag, String lastModified,
            Instant at) {

        /**
         * A response with a body.
         *
         * @param body         the body
         * @param contentType  the content type, or empty
         * @param etag         the ETag, or {@code null}
         * @param lastModified the Last-Modified, or {@code null}
         * @param at           when it arrived
         * @return the exchange
         */
        static Exchange body(byte[] body, String contentType, String etag, String lastModified, Instant at) {
            return new Exchange(false, body, contentType, etag, lastModified, at);
        }

        /**
         * A 304 Not Modified response.
         *
         * @param etag         the ETag sent with it, or {@code null}
         * @param lastModified the Last-Modified sent with it, or {@code null}
         * @param at           when it arrived
         * @return the exchange
         */
        static Exchange notModified(String etag, String lastModified, Instant at) {
            return new Exchange(true, new byte[0], "", etag, lastModified, at);
        }
    }
}
