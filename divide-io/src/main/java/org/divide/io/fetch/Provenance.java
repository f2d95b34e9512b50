package org.divide.io.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a fetched body came from, kept with the panel read from it and written into every output
 * that uses it.
 *
 * @param url       the URL the body was fetched from, without user information
 * @param fetchedAt when the provider sent it (for a cached body, when it was fetched or last
 *                  revalidated, not when the cache served it)
 * @param sha256    the SHA-256 of the body as 64 lower-case hexadecimal digits
 */
public record Provenance(URI url, Instant fetchedAt, String sha256) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the URL carries user information or the hash is not 64
     *                                  lower-case hexadecimal digits
     */
    public Provenance {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(sha256, "sha256");
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url: carries user information");
        }
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256: not 64 lower-case hex digits: " + sha256);
        }
    }

    @Override
    public String toString() {
        return url + " fetched " + fetchedAt + " sha256:" + sha256;
    }
}
