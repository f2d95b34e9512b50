package org.divide.io.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the URLs of the provider clients: percent-encodes what an API's path segments and query
 * values may not hold, and leaves the characters the APIs give a meaning to as they are.
 *
 * <p>Kept as they are: the unreserved characters of RFC 3986 ({@code A-Z a-z 0-9 - . _ ~}) and the
 * characters each caller names ({@code ;} between World Bank codes, {@code +} between alternatives
 * of an SDMX key, {@code ,} of an SDMX flow reference, {@code :} of a period); everything else is
 * UTF-8 and percent-encoded, so that a space is {@code %20} and never {@code +}.
 */
final class UrlText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlText() {
    }

    /**
     * Percent-encodes a path segment or query value.
     *
     * @param text the text
     * @param keep the characters besides the unreserved ones that are kept as they are
     * @return the encoded text
     */
    static String encode(String text, String keep) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0 || keep.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Codes joined by a separator, each encoded.
     *
     * @param codes     the codes
     * @param separator the separator, kept as it is
     * @return the joined text
     */
    static String join(List<String> codes, char separator) {
        StringBuilder out = new StringBuilder();
        for (String code : codes) {
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(encode(code, ""));
        }
        return out.toString();
    }

    /**
     * A base URL with a relative path and query appended.
     *
     * @param base     the base URL; a missing final {@code /} is added
     * @param relative the encoded path and query
     * @return the URL
     * @throws IllegalArgumentException if the result is not a valid URL
     */
    static URI resolve(URI base, String relative) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b : b + "/") + relative);
    }

    /**
     * Checks a base URL.
     *
     * @param base the URL
     * @param what its name in the message
     * @return the URL
     * @throws IllegalArgumentException if it is not an absolute http(s) URL without query or fragment
     */
    static URI base(URI base, String what) {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!base.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null
                || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException(what + ": not an absolute http(s) URL without query: " + base);
        }
        return base;
    }

    /**
     * Checks a code that goes into a URL: not blank.
     *
     * @param code the code
     * @param what its name in the message
     * @return the stripped code
     * @throws IllegalArgumentException if it is null or blank
     */
    static String code(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(what + " is blank: '" + code + "'");
        }
        return code.strip();
    }

    /**
     * Checks and copies a list of codes.
     *
     * @param codes the codes
     * @param what  their name in messages
     * @return the stripped codes, unmodifiable
     * @throws IllegalArgumentException if one is blank
     */
    static List<String> codes(List<String> codes, String what) {
        return codes.stream().map(c -> code(c, what)).toList();
    }
}
