package org.divide.io.fetch;

/**
 * The fetchers divide uses, built from {@link FetchSettings}: the entry points of a command line.
 *
 * <pre>{@code
 * FetchSettings s = FetchSettings.defaults().withOffline(offline).withRefresh(refresh);
 * Fetcher fetcher = Fetchers.create(s);              // HTTP behind the on-disk cache
 * List<CacheEntry> cached = Fetchers.cache(s).list(); // what the cache holds
 * }</pre>
 */
public final class Fetchers {

    private Fetchers() {
    }

    /**
     * The HTTP fetcher ({@link HttpFetcher}) behind the on-disk cache ({@link CachedFetcher}) in
     * {@link FetchSettings#cacheDir()}. Offline, the network is never touched.
     *
     * @param settings the settings
     * @return the fetcher
     */
    public static CachedFetcher create(FetchSettings settings) {
        return CachedFetcher.of(HttpFetcher.create(settings), cache(settings), settings);
    }

    /**
     * The on-disk cache in {@link FetchSettings#cacheDir()}, for listing and clearing.
     *
     * @param settings the settings
     * @return the cache
     */
    public static FetchCache cache(FetchSettings settings) {
        return FetchCache.open(settings.cacheDir());
    }
}
