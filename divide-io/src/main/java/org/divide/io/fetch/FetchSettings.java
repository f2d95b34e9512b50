package org.divide.io.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How divide fetches from the network and keeps what it fetched: immutable, start from
 * {@link #defaults()} and change what you need with the {@code withX} methods, each returning a new
 * object.
 *
 * <table>
 * <caption>The settings and their defaults</caption>
 * <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@link #cacheDir()}</td><td>the platform's user cache folder + {@code divide/http}</td>
 *     <td>where cached responses live ({@link #defaultCacheDir()})</td></tr>
 * <tr><td>{@link #ttl()}</td><td>1 day</td><td>how long a cached response is served without asking
 *     the provider; after that it is revalidated</td></tr>
 * <tr><td>{@link #offline()}</td><td>false</td><td>never touch the network; serve the cache, stale or
 *     not, and fail when a URL is not cached</td></tr>
 * <tr><td>{@link #refresh()}</td><td>false</td><td>fetch anew whatever the cache holds</td></tr>
 * <tr><td>{@link #connectTimeout()}</td><td>10 s</td><td>to open a connection</td></tr>
 * <tr><td>{@link #requestTimeout()}</td><td>5 min</td><td>for one attempt, from sending the request
 *     to the last byte of the body</td></tr>
 * <tr><td>{@link #maxRetries()}</td><td>4</td><td>further attempts after a failed one (HTTP 429, 5xx,
 *     a connection or read failure, a timeout)</td></tr>
 * <tr><td>{@link #maxBodyBytes()}</td><td>1 GiB (2<sup>30</sup> bytes)</td><td>the largest body read,
 *     compressed or not</td></tr>
 * <tr><td>{@link #allowInsecureHttp()}</td><td>false</td><td>allow plain {@code http} to hosts other
 *     than the loopback</td></tr>
 * <tr><td>{@link #allowedRedirectHosts()}</td><td>none</td><td>hosts besides the requested one that a
 *     redirect may lead to</td></tr>
 * <tr><td>{@link #userAgent()}</td><td>{@code divide}</td><td>the {@code User-Agent} header</td></tr>
 * <tr><td>{@link #listener()}</td><td>{@link FetchListener#NONE}</td><td>hears progress and retries</td></tr>
 * </table>
 *
 * <p>Proxies come from the JVM's standard settings ({@code https.proxyHost}, {@code http.proxyHost},
 * {@code http.nonProxyHosts}, {@code java.net.useSystemProxies}) through
 * {@link java.net.ProxySelector#getDefault()}.
 */
public final class FetchSettings {

    /** The default {@link #maxBodyBytes()}: 1 GiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 30;

    /** The largest {@link #maxBodyBytes()} possible: a body is held in one array. */
    public static final long LIMIT_MAX_BODY_BYTES = Integer.MAX_VALUE - 8L;

    private static final FetchSettings DEFAULTS = new FetchSettings(null, Duration.ofDays(1), false, false,
            Duration.ofSeconds(10), Duration.ofMinutes(5), 4, DEFAULT_MAX_BODY_BYTES, false, Set.of(), "divide",
            FetchListener.NONE);

    private final Path cacheDir;
    private final Duration ttl;
    private final boolean offline;
    private final boolean refresh;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final long maxBodyBytes;
    private final boolean allowInsecureHttp;
    private final Set<String> allowedRedirectHosts;
    private final String userAgent;
    private final FetchListener listener;

    private FetchSettings(Path cacheDir, Duration ttl, boolean offline, boolean refresh, Duration connectTimeout,
            Duration requestTimeout, int maxRetries, long maxBodyBytes, boolean allowInsecureHttp,
            Set<String> allowedRedirectHosts, String userAgent, FetchListener listener) {
        this.cacheDir = cacheDir;
        this.ttl = ttl;
        this.offline = offline;
        this.refresh = refresh;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.maxBodyBytes = maxBodyBytes;
        this.allowInsecureHttp = allowInsecureHttp;
        this.allowedRedirectHosts = allowedRedirectHosts;
        this.userAgent = userAgent;
        this.listener = listener;
    }

    /**
     * The defaults (see the table of the class).
     *
     * @return the default settings
     */
    public static FetchSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The platform's user cache folder followed by {@code divide/http}: {@code $XDG_CACHE_HOME}, else
     * {@code ~/.cache}, on Linux and other Unix systems; {@code ~/Library/Caches} on macOS;
     * {@code %LOCALAPPDATA%}, else {@code ~/AppData/Local}, on Windows.
     *
     * @return the default cache folder (not created)
     */
    public static Path defaultCacheDir() {
        return defaultCacheDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * The default cache folder for a given environment, as {@link #defaultCacheDir()}.
     *
     * @param env    the environment variables
     * @param osName the operating system's name ({@code os.name})
     * @param home   the user's home folder ({@code user.home})
     * @return the cache folder
     */
    static Path defaultCacheDir(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            base = Path.of(home, "Library", "Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? Path.of(home, ".cache") : Path.of(xdg);
        }
        return base.resolve("divide").resolve("http");
    }

    /**
     * Where cached responses live.
     *
     * @return the cache folder: the one set, else {@link #defaultCacheDir()}
     */
    public Path cacheDir() {
        return cacheDir == null ? defaultCacheDir() : cacheDir;
    }

    /**
     * Settings with another cache folder.
     *
     * @param dir the folder (created on the first write)
     * @return the new settings
     */
    public FetchSettings withCacheDir(Path dir) {
        return new FetchSettings(Objects.requireNonNull(dir, "dir"), ttl, offline, refresh, connectTimeout,
                requestTimeout, maxRetries, maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * How long a cached response is served without asking the provider.
     *
     * @return the time to live
     */
    public Duration ttl() {
        return ttl;
    }

    /**
     * Settings with another time to live.
     *
     * @param ttl the time to live, not negative ({@link Duration#ZERO} revalidates every time)
     * @return the new settings
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    public FetchSettings withTtl(Duration ttl) {
        return new FetchSettings(cacheDir, notNegative(ttl, "ttl"), offline, refresh, connectTimeout,
                requestTimeout, maxRetries, maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * Whether the network is never touched.
     *
     * @return true when working offline
     */
    public boolean offline() {
        return offline;
    }

    /**
     * Settings working offline or not: offline, every fetch is served from the cache (even when
     * stale) and a URL not in the cache is an error.
     *
     * @param offline whether to work offline
     * @return the new settings
     */
    public FetchSettings withOffline(boolean offline) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * Whether the cache is skipped when fetching (what is fetched is still stored).
     *
     * @return true when refreshing
     */
    public boolean refresh() {
        return refresh;
    }

    /**
     * Settings refreshing or not: refreshing, every URL is fetched anew, unconditionally, and the
     * cache entry is replaced once the whole body has arrived.
     *
     * @param refresh whether to refresh
     * @return the new settings
     */
    public FetchSettings withRefresh(boolean refresh) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * How long opening a connection may take.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Settings with another connect timeout.
     *
     * @param timeout the timeout, positive
     * @return the new settings
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public FetchSettings withConnectTimeout(Duration timeout) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, positive(timeout, "connectTimeout"),
                requestTimeout, maxRetries, maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * How long one attempt may take, from sending the request to the last byte of the body.
     *
     * @return the request timeout
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Settings with another request timeout.
     *
     * @param timeout the timeout, positive
     * @return the new settings
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public FetchSettings withRequestTimeout(Duration timeout) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, positive(timeout, "requestTimeout"),
                maxRetries, maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * How many further attempts follow a failed one.
     *
     * @return the most retries
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Settings with another number of retries.
     *
     * @param retries the most retries, 0 to 20
     * @return the new settings
     * @throws IllegalArgumentException if {@code retries} is outside 0 to 20
     */
    public FetchSettings withMaxRetries(int retries) {
        if (retries < 0 || retries > 20) {
            throw new IllegalArgumentException("maxRetries: " + retries + " is outside 0 to 20");
        }
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, retries,
                maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * The largest body read, as sent and after decompression.
     *
     * @return the limit in bytes
     */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Settings with another body limit.
     *
     * @param bytes the limit, 1 to {@link #LIMIT_MAX_BODY_BYTES}
     * @return the new settings
     * @throws IllegalArgumentException if {@code bytes} is outside that range
     */
    public FetchSettings withMaxBodyBytes(long bytes) {
        if (bytes < 1 || bytes > LIMIT_MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maxBodyBytes: " + bytes + " is outside 1 to " + LIMIT_MAX_BODY_BYTES);
        }
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries, bytes,
                allowInsecureHttp, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * Whether plain {@code http} is allowed to hosts other than the loopback ({@code localhost},
     * {@code 127.0.0.0/8}, {@code ::1}).
     *
     * @return true when insecure http is allowed
     */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Settings allowing plain {@code http} everywhere or only to the loopback.
     *
     * @param allow whether to allow it everywhere
     * @return the new settings
     */
    public FetchSettings withAllowInsecureHttp(boolean allow) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allow, allowedRedirectHosts, userAgent, listener);
    }

    /**
     * The hosts, besides the requested one, that a redirect may lead to.
     *
     * @return the host names in lower case, unmodifiable
     */
    public Set<String> allowedRedirectHosts() {
        return Set.copyOf(allowedRedirectHosts); // the same unmodifiable set, no copy
    }

    /**
     * Settings with other allowed redirect hosts.
     *
     * @param hosts host names (compared without case), such as {@code api.worldbank.org}
     * @return the new settings
     */
    public FetchSettings withAllowedRedirectHosts(Set<String> hosts) {
        Set<String> copy = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allowInsecureHttp, copy, userAgent, listener);
    }

    /**
     * The {@code User-Agent} sent.
     *
     * @return the user agent
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Settings with another {@code User-Agent}.
     *
     * @param agent the user agent, not blank
     * @return the new settings
     * @throws IllegalArgumentException if {@code agent} is blank or holds a line break
     */
    public FetchSettings withUserAgent(String agent) {
        if (agent.isBlank() || agent.indexOf('\n') >= 0 || agent.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("userAgent: blank or holds a line break: '" + agent + "'");
        }
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, agent, listener);
    }

    /**
     * What hears progress and retries.
     *
     * @return the listener
     */
    public FetchListener listener() {
        return listener;
    }

    /**
     * Settings with another listener.
     *
     * @param listener the listener ({@link FetchListener#NONE} for none)
     * @return the new settings
     */
    public FetchSettings withListener(FetchListener listener) {
        return new FetchSettings(cacheDir, ttl, offline, refresh, connectTimeout, requestTimeout, maxRetries,
                maxBodyBytes, allowInsecureHttp, allowedRedirectHosts, userAgent,
                Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public String toString() {
        return "FetchSettings[cacheDir=" + cacheDir() + ", ttl=" + ttl + ", offline=" + offline + ", refresh=" + refresh
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxRetries="
                + maxRetries + ", maxBodyBytes=" + maxBodyBytes + ", allowInsecureHttp=" + allowInsecureHttp
                + ", allowedRedirectHosts=" + allowedRedirectHosts + ", userAgent=" + userAgent + "]";
    }

    private static Duration notNegative(Duration d, String name) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + ": " + d + " is negative");
        }
        return d;
    }

    private static Duration positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + ": " + d + " is not positive");
        }
        return d;
    }
}
