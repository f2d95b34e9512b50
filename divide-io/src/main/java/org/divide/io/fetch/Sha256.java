package org.divide.io.fetch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as 64 lower-case hexadecimal digits: of bodies (provenance) and of cache keys. */
final class Sha256 {

    private Sha256() {
    }

    /**
     * The digest of bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hexadecimal digits
     */
    static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The digest of a text's UTF-8 bytes.
     *
     * @param text the text
     * @return 64 lower-case hexadecimal digits
     */
    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
