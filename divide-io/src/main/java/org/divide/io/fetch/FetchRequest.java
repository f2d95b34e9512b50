package org.divide.io.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One resource to fetch.
 *
 * @param uri    the absolute URL, with its query; {@code http} or {@code https}
 * @param accept the value of the HTTP {@code Accept} header, such as {@code application/json} or
 *               {@code application/vnd.sdmx.data+csv;version=1.0.0}; {@code *}{@code /*} for any
 */
public record FetchRequest(URI uri, String accept) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the URL is not absolute http(s) or the accept value is blank
     */
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("uri: not an absolute http(s) URL: " + uri);
        }
        if (accept.isBlank()) {
            throw new IllegalArgumentException("accept: blank");
        }
    }

    /**
     * A request that accepts any media type.
     *
     * @param uri the absolute URL
     * @return the request
     */
    public static FetchRequest of(URI uri) {
        return new FetchRequest(uri, "*/*");
    }
}
