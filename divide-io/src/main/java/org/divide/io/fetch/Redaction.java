package org.divide.io.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from URLs before they reach a log line, an error message, a provenance record
 * or the cache's listing: the user information ({@code user:password@}) is dropped and the value of
 * every query parameter that looks like a secret is replaced by {@value #MASK}.
 *
 * <p>A parameter looks like a secret when its name, compared without case, is one of
 * {@code token, key, apikey, api_key, api-key, access_token, password, passwd, secret,
 * client_secret, subscription-key, signature, sig}, or ends in {@code _token}, {@code -token},
 * {@code _key}, {@code -key} or {@code _secret}. The fragment is dropped. Everything else is kept as
 * written (percent-encoding included), so a redacted URL still says which resource was asked for.
 */
public final class Redaction {

    /** What replaces a secret value. */
    public static final String MASK = "REDACTED";

    private static final Set<String> SECRET_NAMES = Set.of("token", "key", "apikey", "api_key", "api-key",
            "access_token", "password", "passwd", "secret", "client_secret", "subscription-key", "signature", "sig");

    private static final Set<String> SECRET_SUFFIXES = Set.of("_token", "-token", "_key", "-key", "_secret");

    /** An http(s) URL inside free text, up to the first white space or quote. */
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)https?://[^\\s'\"<>]+");

    private Redaction() {
    }

    /**
     * A URL without user information, fragment or secret query values.
     *
     * @param uri the URL
     * @return the redacted URL as text
     */
    public static String uri(URI uri) {
        StringBuilder out = new StringBuilder();
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            out.append("//");
            if (uri.getHost() != null) {
                out.append(uri.getHost());
                if (uri.getPort() >= 0) {
                    out.append(':').append(uri.getPort());
                }
            } else {
                String authority = uri.getRawAuthority();
                out.append(authority.substring(authority.lastIndexOf('@') + 1));
            }
        }
        if (uri.isOpaque()) {
            return text(uri.toString());
        }
        out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            out.append('?').append(query(uri.getRawQuery()));
        }
        return out.toString();
    }

    /**
     * A URL, redacted as {@link #uri(URI)}, as a URI again: the form kept in provenance records.
     *
     * @param uri the URL
     * @return the redacted URL
     */
    static URI safe(URI uri) {
        return URI.create(uri(uri));
    }

    /**
     * Free text (such as an exception's message) with every http(s) URL in it redacted.
     *
     * @param text the text, or {@code null}
     * @return the text with its URLs redacted ({@code null} as empty)
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = URL_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String replacement;
            try {
                replacement = uri(new URI(found));
            } catch (java.net.URISyntaxException e) {
                replacement = found.replaceAll("//[^/@]*@", "//").replaceAll("\\?.*", "?" + MASK);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a query parameter's name looks like a secret.
     *
     * @param name the parameter's name, percent-encoded or not
     * @return whether its value must not be shown
     */
    static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (SECRET_NAMES.contains(n)) {
            return true;
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String query(String rawQuery) {
        StringBuilder out = new StringBuilder();
        for (String part : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            if (eq >= 0 && isSecret(name)) {
                out.append(name).append('=').append(MASK);
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }
}
