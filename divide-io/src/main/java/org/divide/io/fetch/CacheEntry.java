package org.divide.io.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One response in the cache, as {@link FetchCache#list()} shows it.
 *
 * @param url         the URL it was fetched from, redacted ({@link Redaction})
 * @param accept      the {@code Accept} value it was fetched with (the same URL fetched with two
 *                    values is two entries)
 * @param contentType its {@code Content-Type}, or empty
 * @param size        its body's length in bytes
 * @param fetchedAt   when it was fetched or last revalidated
 * @param age         how long ago that was, when the listing was made
 */
public record CacheEntry(URI url, String accept, String contentType, long size, Instant fetchedAt, Duration age) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public CacheEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(age, "age");
    }
}
