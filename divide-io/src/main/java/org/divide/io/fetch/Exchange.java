package org.divide.io.fetch;

import java.time.Instant;

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
