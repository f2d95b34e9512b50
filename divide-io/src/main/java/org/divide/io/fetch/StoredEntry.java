package org.divide.io.fetch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.divide.io.ErrorText;

/**
 * One cache entry as stored: a single file holding a first line {@value #MAGIC}, a second line of
 * JSON metadata, then the body. One file, so that one atomic rename publishes body and metadata
 * together.
 *
 * @param url          the redacted URL
 * @param accept       the Accept value of the request
 * @param contentType  the Content-Type, or empty
 * @param etag         the ETag, or {@code null}
 * @param lastModified the Last-Modified, or {@code null}
 * @param fetchedAt    when the body was fetched or last revalidated
 * @param sha256       the body's SHA-256
 * @param length       the body's length
 * @param body         the body (empty when only the metadata was read); kept, not copied
 */
record StoredEntry(String url, String accept, String contentType, String etag, String lastModified,
        Instant fetchedAt, String sha256, long length, byte[] body) {

    /** The first line of every entry file: the format and its version. */
    static final String MAGIC = "divide-http-cache 1";

    /** The longest metadata read; a longer second line is damage. */
    private static final int MAX_HEADER = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A damaged entry: what is wrong with it. */
    static final class Damaged extends IOException {

        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    /**
     * The same entry with another fetch time (after a revalidation) and validators.
     *
     * @param at           the new time
     * @param newEtag      the ETag of the 304, or {@code null} to keep the old one
     * @param newModified  the Last-Modified of the 304, or {@code null} to keep the old one
     * @return the entry
     */
    StoredEntry revalidated(Instant at, String newEtag, String newModified) {
        return new StoredEntry(url, accept, contentType, newEtag == null ? etag : newEtag,
                newModified == null ? lastModified : newModified, at, sha256, length, body);
    }

    /**
     * The file's bytes: magic line, metadata line, body.
     *
     * @return the header (the body follows it when written)
     */
    byte[] header() {
        ObjectNode m = JSON.createObjectNode();
        m.put("url", url).put("accept", accept).put("contentType", contentType).put("etag", etag)
                .put("lastModified", lastModified).put("fetchedAt", fetchedAt.toString()).put("sha256", sha256)
                .put("length", length);
        return (MAGIC + "\n" + m + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes a whole entry file and checks its body against the stored length and hash.
     *
     * @param file the file's bytes
     * @return the entry
     * @throws Damaged if the file is not a whole, intact entry
     */
    static StoredEntry decode(byte[] file) throws Damaged {
        int first = indexOf(file, 0);
        int second = first < 0 ? -1 : indexOf(file, first + 1);
        if (second < 0) {
            throw new Damaged("no metadata line");
        }
        StoredEntry meta = meta(new String(file, 0, first, StandardCharsets.UTF_8),
                new String(file, first + 1, second - first - 1, StandardCharsets.UTF_8));
        byte[] body = Arrays.copyOfRange(file, second + 1, file.length);
        if (body.length != meta.length()) {
            throw new Damaged("a body of " + body.length + " bytes where the metadata says " + meta.length()
                    + " (a half-written entry?)");
        }
        if (!Sha256.hex(body).equals(meta.sha256())) {
            throw new Damaged("the body's SHA-256 differs from the metadata's");
        }
        return new StoredEntry(meta.url, meta.accept, meta.contentType, meta.etag, meta.lastModified, meta.fetchedAt,
                meta.sha256, meta.length, body);
    }

    /**
     * Reads the metadata of an entry file without its body.
     *
     * @param in the file, from its start
     * @return the entry with an empty body
     * @throws IOException if the file cannot be read or its metadata is damaged
     */
    static StoredEntry readMeta(InputStream in) throws IOException {
        String magic = line(in);
        String json = line(in);
        return meta(magic, json);
    }

    private static StoredEntry meta(String magic, String json) throws Damaged {
        if (!MAGIC.equals(magic)) {
            throw new Damaged("not a divide cache entry (first line " + ErrorText.value(magic) + ")");
        }
        try {
            JsonNode m = JSON.readTree(json);
            String sha = text(m, "sha256");
            long length = m.path("length").asLong(-1);
            if (sha == null || !sha.matches("[0-9a-f]{64}") || length < 0 || text(m, "url") == null
                    || text(m, "fetchedAt") == null) {
                throw new Damaged("incomplete metadata");
            }
            URI.create(text(m, "url")); // the listing and the provenance make a URI of it
            return new StoredEntry(text(m, "url"), String.valueOf(text(m, "accept")),
                    String.valueOf(m.path("contentType").asText("")), text(m, "etag"), text(m, "lastModified"),
                    Instant.parse(text(m, "fetchedAt")), sha, length, new byte[0]);
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
            throw new Damaged("unreadable metadata");
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode n = m.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (bytes.size() >= MAX_HEADER) {
                throw new Damaged("metadata longer than " + MAX_HEADER + " bytes");
            }
            bytes.write(b);
        }
        if (b < 0) {
            throw new Damaged("the file ends inside its metadata");
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] file, int from) {
        int end = Math.min(file.length, from + MAX_HEADER);
        for (int i = from; i < end; i++) {
            if (file[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
