package org.divide.io.fetch;

import java.util.Locale;

/**
 * Compares a response's {@code Content-Type} with the request's {@code Accept}, on type and subtype
 * only (parameters such as {@code charset} or {@code version} are ignored).
 *
 * <p>The rule {@link HttpFetcher} applies: an HTML page ({@code text/html},
 * {@code application/xhtml+xml}) where HTML was not accepted is refused, because providers serve
 * their error and maintenance pages that way with status 200; any other mismatch (a CSV served as
 * {@code text/plain} or {@code application/octet-stream}, JSON as {@code text/json}) is only logged,
 * since providers label their files loosely and the readers check what they read.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The type and subtype of a media type, in lower case, without parameters.
     *
     * @param mediaType a media type such as {@code application/json; charset=utf-8}
     * @return such as {@code application/json}
     */
    static String essence(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an {@code Accept} value admits a content type ({@code *}{@code /*} and
     * {@code type/*} ranges included).
     *
     * @param accept      the request's Accept value, possibly a list
     * @param contentType the response's Content-Type, not empty
     * @return whether one of the accepted ranges matches
     */
    static boolean accepts(String accept, String contentType) {
        String type = essence(contentType);
        for (String range : accept.split(",")) {
            String r = essence(range);
            if (r.equals("*/*") || r.equals(type)
                    || (r.endsWith("/*") && type.startsWith(r.substring(0, r.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a content type is an HTML page.
     *
     * @param contentType the Content-Type
     * @return whether it is {@code text/html} or {@code application/xhtml+xml}
     */
    static boolean isHtml(String contentType) {
        String type = essence(contentType);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
