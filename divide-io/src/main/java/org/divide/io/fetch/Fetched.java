package org.divide.io.fetch;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * A fetched response: its whole body, content type, origin and provenance. Immutable: the body is
 * never handed out for writing.
 */
public final class Fetched {

    /** Where a body was served from. */
    public enum Origin {
        /** Fetched from the provider now. */
        NETWORK,
        /** Served from the cache after the provider answered 304 Not Modified. */
        REVALIDATED,
        /** Served from the cache without asking the provider (fresh entry, or offline). */
        CACHE
    }

    private final byte[] body;
    private final String contentType;
    private final Origin origin;
    private final Provenance provenance;

    /**
     * A response.
     *
     * @param body        the body; the array is kept, not copied, and must not be modified afterwards
     * @param contentType the media type as sent ({@code Content-Type}), or empty if none was sent
     * @param origin      where the body was served from
     * @param provenance  the URL, time and hash of the body
     * @throws NullPointerException if an argument is null
     */
    public Fetched(byte[] body, String contentType, Origin origin, Provenance provenance) {
        this.body = Objects.requireNonNull(body, "body");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * The body as a stream.
     *
     * @return a new stream over the body
     */
    public InputStream open() {
        return new ByteArrayInputStream(body);
    }

    /**
     * A copy of the body.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return body.clone();
    }

    /**
     * The body's length.
     *
     * @return the number of bytes
     */
    public int length() {
        return body.length;
    }

    /**
     * The media type as sent.
     *
     * @return the {@code Content-Type}, or empty
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Where the body was served from.
     *
     * @return the origin
     */
    public Origin origin() {
        return origin;
    }

    /**
     * The URL, time and hash of the body.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }
}
