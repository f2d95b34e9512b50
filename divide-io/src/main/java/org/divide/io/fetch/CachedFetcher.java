package org.divide.io.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fetcher that keeps what it fetches in a {@link FetchCache} and serves it again.
 *
 * <ul>
 * <li>A cached response younger than {@link FetchSettings#ttl()} is served without asking the
 *     provider ({@link Fetched.Origin#CACHE}).</li>
 * <li>An older one is revalidated: the request carries its {@code ETag} ({@code If-None-Match}) and
 *     {@code Last-Modified} ({@code If-Modified-Since}); a 304 answer serves it again
 *     ({@link Fetched.Origin#REVALIDATED}) with its fetch time set to now; a full answer replaces it.
 *     Revalidation needs a network layer that sends validators, as {@link HttpFetcher} does; over
 *     another fetcher a stale entry is fetched again in full.</li>
 * <li>{@link FetchSettings#refresh()}: every URL is fetched again, unconditionally.</li>
 * <li>{@link FetchSettings#offline()}: the network is never touched; a cached response is served
 *     however old (a stale one with a log note), and a URL not in the cache fails with a message
 *     naming the URL and the cache folder.</li>
 * </ul>
 *
 * <p>The cache entry is replaced only once a whole body has arrived, so a failed fetch (during a
 * refresh or a revalidation) leaves the old entry as it was. Threads of this fetcher asking for the
 * same URL at once share one network fetch; processes sharing the folder are safe through the
 * cache's atomic writes. A cache that cannot be written is logged, and the fetched body still
 * returned. Thread-safe.
 */
public final class CachedFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(CachedFetcher.class);

    private final Network network;
    private final FetchCache cache;
    private final FetchSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, CompletableFuture<Fetched>> inFlight = new ConcurrentHashMap<>();

    CachedFetcher(Network network, FetchCache cache, FetchSettings settings, Clock clock) {
        this.network = Objects.requireNonNull(network, "network");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A cached fetcher over a network fetcher.
     *
     * @param network  the fetcher that goes to the network; an {@link HttpFetcher} allows
     *                 revalidation, any other fetcher is asked for whole bodies only
     * @param cache    the cache
     * @param settings the settings: {@code ttl}, {@code offline} and {@code refresh} are used here
     *                 (the cache folder is {@code cache}'s)
     * @return the fetcher
     */
    public static CachedFetcher of(Fetcher network, FetchCache cache, FetchSettings settings) {
        return new CachedFetcher(Network.of(network), cache, settings, Clock.systemUTC());
    }

    /**
     * Fetches a resource through the cache.
     *
     * @param request the URL and accepted media types
     * @return the body, with its origin
     * @throws IOException as {@link Fetcher#fetch(FetchRequest)}; offline, when the URL is not cached
     */
    @Override
    public Fetched fetch(FetchRequest request) throws IOException {
        String key = FetchCache.key(request);
        if (settings.offline()) {
            return offline(request, key);
        }
        CompletableFuture<Fetched> mine = new CompletableFuture<>();
        CompletableFuture<Fetched> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return join(running, request);
        }
        try {
            Fetched f = load(request, key);
            mine.complete(f);
            return f;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Waits for another thread's fetch of the same URL and shares its result. */
    private static Fetched join(CompletableFuture<Fetched> running, FetchRequest request) throws IOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException(Redaction.uri(request.uri())
                    + ": interrupted while waiting for another thread's fetch");
            stop.initCause(e);
            throw stop;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Fetched offline(FetchRequest request, String key) throws IOException {
        StoredEntry entry = cache.read(key);
        String where = Redaction.uri(request.uri());
        if (entry == null) {
            throw new IOException(where + ": not in the cache (" + cache.dir() + ") and working offline (fetch it once"
                    + " online, or check the cache folder)");
        }
        if (stale(entry)) {
            LOG.info("{}: working offline, serving the cached copy fetched {} ago", where, age(entry));
        }
        return served(entry, Fetched.Origin.CACHE);
    }

    private Fetched load(FetchRequest request, String key) throws IOException {
        String where = Redaction.uri(request.uri());
        StoredEntry entry = settings.refresh() ? null : cache.read(key);
        if (entry != null && !stale(entry)) {
            LOG.debug("{}: from the cache, fetched {} ago", where, age(entry));
            return served(entry, Fetched.Origin.CACHE);
        }
        Validators validators = entry == null ? Validators.NONE
                : new Validators(entry.etag(), entry.lastModified());
        Exchange exchange;
        try {
            exchange = network.exchange(request, validators);
        } catch (IOException e) {
            StoredEntry old = entry != null ? entry : quietRead(key);
            if (old == null) {
                throw e;
            }
            throw new IOException(e.getMessage() + "; a cached copy fetched " + old.fetchedAt()
                    + " is kept and can be used offline", e);
        }
        if (exchange.notModified()) {
            if (entry == null) {
                throw new IOException(where + ": the provider answered 304 Not Modified to an unconditional request");
            }
            StoredEntry renewed = entry.revalidated(exchange.at(), exchange.etag(), exchange.lastModified());
            store(key, renewed, where);
            LOG.debug("{}: revalidated (304), the cached copy is current", where);
            return served(renewed, Fetched.Origin.REVALIDATED);
        }
        byte[] body = exchange.body();
        String sha = Sha256.hex(body);
        StoredEntry fresh = new StoredEntry(Redaction.uri(request.uri()), request.accept(), exchange.contentType(),
                exchange.etag(), exchange.lastModified(), exchange.at(), sha, body.length, body);
        store(key, fresh, where);
        URI safe = Redaction.safe(request.uri());
        settings.listener().finished(safe, Fetched.Origin.NETWORK, body.length);
        return new Fetched(body, exchange.contentType(), Fetched.Origin.NETWORK,
                new Provenance(safe, exchange.at(), sha));
    }

    /** The entry, read without failing: for the note on a failed refresh. */
    private StoredEntry quietRead(String key) {
        try {
            return cache.read(key);
        } catch (IOException e) {
            return null;
        }
    }

    private void store(String key, StoredEntry entry, String where) {
        try {
            cache.write(key, entry);
        } catch (IOException e) {
            LOG.warn("{}: not cached: {} ({})", where, cache.file(key), e.getMessage());
        }
    }

    private Fetched served(StoredEntry entry, Fetched.Origin origin) {
        URI url = URI.create(entry.url());
        settings.listener().finished(url, origin, entry.length());
        return new Fetched(entry.body(), entry.contentType(), origin, new Provenance(url, entry.fetchedAt(),
                entry.sha256()));
    }

    private boolean stale(StoredEntry entry) {
        return !entry.fetchedAt().plus(settings.ttl()).isAfter(clock.instant());
    }

    private Duration age(StoredEntry entry) {
        return Duration.between(entry.fetchedAt(), clock.instant());
    }
}
