package org.divide.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.divide.io.fetch.FetchListener;
import org.divide.io.fetch.FetchSettings;
import org.divide.io.fetch.Redaction;

import picocli.CommandLine.Option;

/**
 * The options of fetching from the providers, shared by {@code divide fetch} and by every command
 * that takes {@code --data} (where {@code wb:…}, {@code sdmx:…}, {@code imf:…} and {@code owid:…}
 * are fetched): the cache ({@code --offline}, {@code --refresh}, {@code --cache-dir},
 * {@code --ttl}), the network ({@code --timeout}, {@code --retries}, {@code --allow-http},
 * {@code --allow-redirect-host}) and the providers' addresses ({@code --provider-base}). They
 * become the library's {@link FetchSettings}; the library's advice in errors, which names those
 * settings, is said in these options' names by {@link #advice(String)}.
 */
final class FetchOptions {

    /** The library's advice in fetch errors → the same advice in this command's options. */
    private static final Map<String, String> ADVICE = adviceInOptionNames();

    @Option(names = "--offline", description = "Fetch nothing: serve every provider response from the cache, however"
            + " old; fail when one is missing.")
    boolean offline;

    @Option(names = "--refresh", description = "Fetch every provider response anew, whatever the cache holds.")
    boolean refresh;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "The cache of provider responses (default: the"
            + " user cache folder + divide/http, such as ~/.cache/divide/http).")
    Path cacheDir;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationText.Converter.class,
            description = "How long a cached response is used without asking the provider again: 30m, 12h, 7d"
                    + " (default: 1d; older ones are revalidated).")
    Duration ttl;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationText.Converter.class,
            description = "The longest wait for one response, from request to last byte: 30s, 5m (default: 5m).")
    Duration timeout;

    @Option(names = "--retries", paramLabel = "N", description = "Further attempts after a failed one (429, 5xx,"
            + " timeouts, cut connections), 0 to 20 (default: 4).")
    Integer retries;

    @Option(names = "--allow-http", description = "Allow plain http to hosts other than the loopback (by default"
            + " https only, http to 127.0.0.1 and localhost).")
    boolean allowHttp;

    @Option(names = "--allow-redirect-host", paramLabel = "HOST", split = ",",
            description = "A host a provider may redirect to besides the one asked (repeatable).")
    List<String> redirectHosts;

    @Option(names = "--provider-base", paramLabel = "PROVIDER=URL", mapFallbackValue = "",
            description = "Another address of a provider's API (a mirror, a proxy, a test server), for --data"
                    + " wb:, imf:, owid: and sdmx:: wb=URL, imf=URL, owid=URL or sdmx:PRESET=URL such as"
                    + " sdmx:ECB=URL (repeatable).")
    Map<String, String> providerBases;

    /**
     * The library's settings of these options.
     *
     * @param listener hears the fetches (progress, retries, ends)
     * @return the settings
     * @throws IllegalArgumentException if a value is out of range (the retries), naming the option
     */
    FetchSettings settings(FetchListener listener) {
        FetchSettings s = FetchSettings.defaults().withOffline(offline).withRefresh(refresh)
                .withAllowInsecureHttp(allowHttp).withListener(listener);
        if (cacheDir != null) {
            s = s.withCacheDir(cacheDir.toAbsolutePath());
        }
        if (ttl != null) {
            s = s.withTtl(ttl);
        }
        if (timeout != null) {
            s = s.withRequestTimeout(positive(timeout, "--timeout"));
        }
        if (retries != null) {
            if (retries < 0 || retries > 20) {
                throw new IllegalArgumentException("--retries " + retries + ": give 0 to 20");
            }
            s = s.withMaxRetries(retries);
        }
        if (redirectHosts != null) {
            s = s.withAllowedRedirectHosts(Set.copyOf(redirectHosts.stream().map(String::strip)
                    .map(h -> h.toLowerCase(Locale.ROOT)).toList()));
        }
        return s;
    }

    private static Duration positive(Duration d, String option) {
        if (d.isZero()) {
            throw new IllegalArgumentException(option + " 0: give a positive duration, such as 30s");
        }
        return d;
    }

    /**
     * The address of a provider: {@code --provider-base KEY=URL} if given, else the default.
     *
     * @param key      {@code wb}, {@code imf}, {@code owid} or {@code sdmx:AGENCY}, any case
     * @param fallback the provider's default address
     * @return the address
     * @throws IllegalArgumentException if the URL given is not an absolute http(s) URL
     */
    URI base(String key, URI fallback) {
        if (providerBases != null) {
            for (Map.Entry<String, String> e : providerBases.entrySet()) {
                if (e.getKey().strip().equalsIgnoreCase(key)) {
                    return url(e.getValue(), "--provider-base " + e.getKey());
                }
            }
        }
        return fallback;
    }

    /**
     * An address a user gives.
     *
     * @param text   the URL
     * @param option the option that gave it, for the message
     * @return the URL
     * @throws IllegalArgumentException if it is not an absolute http or https URL without query (the message
     *                                  redacted)
     */
    static URI url(String text, String option) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": not a URL", e);
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(option + " " + Redaction.uri(uri) + ": give an absolute http or https"
                    + " URL, such as https://mirror.example.org/v2/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(option + " " + Redaction.uri(uri) + ": give the API's address without"
                    + " query or fragment, such as https://mirror.example.org/v2/");
        }
        return uri;
    }

    /**
     * A fetch error in the words of these options: where the library's message names a setting
     * ({@code FetchSettings.withRequestTimeout}) or says "work offline", it names the option.
     *
     * @param message the library's one-line message
     * @return the message with the options' names
     */
    static String advice(String message) {
        String m = message;
        for (Map.Entry<String, String> e : ADVICE.entrySet()) {
            m = m.replace(e.getKey(), e.getValue());
        }
        return m;
    }

    private static Map<String, String> adviceInOptionNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("raise FetchSettings.withRequestTimeout", "raise --timeout");
        m.put("allow it with FetchSettings.withAllowInsecureHttp", "allow it with --allow-http");
        m.put("allow it with FetchSettings.withAllowedRedirectHosts", "allow it with --allow-redirect-host");
        m.put("limit FetchSettings.maxBodyBytes; raise it with FetchSettings.withMaxBodyBytes",
                "the largest body divide fetches; with --data, raise it with --max-input-size");
        m.put("work offline from the cache", "work offline from the cache with --offline");
        m.put("(fetch it once online, or check the cache folder)", "(fetch it once without --offline, or check"
                + " --cache-dir)");
        m.put("is kept and can be used offline", "is kept and can be used with --offline");
        return Collections.unmodifiableMap(m);
    }
}
