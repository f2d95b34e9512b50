package org.divide.io.fetch;

import java.util.Map;

/** The words for an HTTP status in error messages: its reason phrase (RFC 9110 §15) and what to do. */
final class HttpStatus {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpStatus() {
    }

    /**
     * A status as {@code HTTP 404 Not Found}.
     *
     * @param status the status code
     * @return the code with its reason phrase when it is a common one
     */
    static String describe(int status) {
        String phrase = PHRASES.get(status);
        return phrase == null ? "HTTP " + status : "HTTP " + status + " " + phrase;
    }

    /**
     * Whether a status is worth another attempt: 408, 429 and the 5xx but 501 and 505.
     *
     * @param status the status code
     * @return whether to retry
     */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    /**
     * Whether a status is a redirect that carries a {@code Location}: 301, 302, 303, 307, 308.
     *
     * @param status the status code
     * @return whether to follow it
     */
    static boolean redirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * What the user can do about a status that ends a fetch.
     *
     * @param status the status code
     * @return advice in a few words
     */
    static String advice(int status) {
        if (status == 404 || status == 410) {
            return "the provider has no such resource: check the codes (indicator, series, economy) in the URL";
        }
        if (status == 401 || status == 403) {
            return "the provider refuses access: check whether the resource needs a key or is public";
        }
        if (status == 429) {
            return "the provider limits the request rate: try again later, or work offline from the cache";
        }
        if (status >= 500) {
            return "the provider is failing or busy: try again later, or work offline from the cache";
        }
        return "the provider rejects the request: check the URL and its query";
    }
}
