package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.divide.io.fetch.LoopbackServer.Reply;
import org.divide.io.testlog.CapturedLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/** {@link CachedFetcher} over a loopback server and a cache in a temporary folder. */
class CachedFetcherTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String JSON = "application/json";

    @TempDir
    Path dir;

    private LoopbackServer server;
    private final TestClock clock = new TestClock(T0);
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CachedFetcher fetcher(FetchSettings settings) {
        FetchSettings s = settings.withCacheDir(dir);
        HttpFetcher http = new HttpFetcher(s, sleeper, clock, () -> 0.5);
        return new CachedFetcher(Network.of(http), new FetchCache(dir, clock), s, clock);
    }

    private CachedFetcher fetcher() {
        return fetcher(FetchSettings.defaults().withTtl(Duration.ofHours(1)).withMaxRetries(1));
    }

    private static String text(Fetched f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFreshEntryIsServedWithoutAskingTheProvider() throws Exception {
        server.on("/a", Reply.ok(JSON, "[1]"));
        FetchRequest request = new FetchRequest(server.uri("/a?page=1"), JSON);
        CachedFetcher f = fetcher();

        Fetched first = f.fetch(request);
        clock.advance(Duration.ofMinutes(59));
        Fetched second = f.fetch(request);

        assertEquals(Fetched.Origin.NETWORK, first.origin());
        assertEquals(Fetched.Origin.CACHE, second.origin());
        assertEquals("[1]", text(second));
        assertEquals(JSON, second.contentType());
        assertEquals(first.provenance(), second.provenance());
        assertEquals(T0, second.provenance().fetchedAt());
        assertEquals(1, server.count("/a"));
    }

    @Test
    void aStaleEntryIsRevalidated() throws Exception {
        String modified = "Sun, 01 Mar 2026 11:00:00 GMT";
        server.on("/v", Reply.ok(JSON, "[1]").withHeader("ETag", "\"v1\"").withHeader("Last-Modified", modified),
                Reply.status(304).withHeader("ETag", "\"v1\""));
        FetchRequest request = new FetchRequest(server.uri("/v"), JSON);
        CachedFetcher f = fetcher();
        Fetched first = f.fetch(request);

        clock.advance(Duration.ofHours(2));
        Fetched second = f.fetch(request);

        assertEquals(Fetched.Origin.REVALIDATED, second.origin());
        assertEquals("[1]", text(second));
        assertEquals(T0.plus(Duration.ofHours(2)), second.provenance().fetchedAt());
        assertEquals(first.provenance().sha256(), second.provenance().sha256());
        LoopbackServer.Recorded conditional = server.requests("/v").get(1);
        assertEquals("\"v1\"", conditional.header("If-None-Match"));
        assertEquals(modified, conditional.header("If-Modified-Since"));
        assertNull(server.requests("/v").get(0).header("If-None-Match"));

        // revalidated, the entry is fresh again
        clock.advance(Duration.ofMinutes(30));
        assertEquals(Fetched.Origin.CACHE, f.fetch(request).origin());
        assertEquals(2, server.count("/v"));
    }

    @Test
    void aStaleEntryIsReplacedByANewBody() throws Exception {
        server.on("/n", Reply.ok(JSON, "[1]").withHeader("ETag", "\"v1\""), Reply.ok(JSON, "[2]"));
        FetchRequest request = new FetchRequest(server.uri("/n"), JSON);
        CachedFetcher f = fetcher();
        f.fetch(request);

        clock.advance(Duration.ofHours(2));
        Fetched second = f.fetch(request);

        assertEquals(Fetched.Origin.NETWORK, second.origin());
        assertEquals("[2]", text(second));
        assertEquals(Fetched.Origin.CACHE, f.fetch(request).origin());
        assertEquals("[2]", text(f.fetch(request)));
    }

    @Test
    void refreshFetchesAgainUnconditionally() throws Exception {
        server.on("/r", Reply.ok(JSON, "[1]").withHeader("ETag", "\"v1\""), Reply.ok(JSON, "[2]"));
        FetchRequest request = new FetchRequest(server.uri("/r"), JSON);
        fetcher().fetch(request);

        Fetched again = fetcher(FetchSettings.defaults().withRefresh(true)).fetch(request);

        assertEquals(Fetched.Origin.NETWORK, again.origin());
        assertEquals("[2]", text(again));
        assertNull(server.requests("/r").get(1).header("If-None-Match"));
        assertEquals("[2]", text(fetcher().fetch(request)));
        assertEquals(2, server.count("/r"));
    }

    @Test
    void offlineServesTheCacheEvenStale() throws Exception {
        server.on("/o", Reply.ok(JSON, "[1]"));
        FetchRequest request = new FetchRequest(server.uri("/o"), JSON);
        fetcher().fetch(request);
        clock.advance(Duration.ofDays(30));

        Fetched f = fetcher(FetchSettings.defaults().withOffline(true)).fetch(request);

        assertEquals(Fetched.Origin.CACHE, f.origin());
        assertEquals("[1]", text(f));
        assertEquals(T0, f.provenance().fetchedAt());
        assertEquals(1, server.count("/o"));
        List<CapturedLogs.Event> note = CapturedLogs.containing(request.uri() + ": working offline, serving the cached"
                + " copy fetched PT720H ago");
        assertEquals(1, note.size());
        assertEquals(Level.INFO, note.get(0).level());
    }

    @Test
    void offlineWithoutAnEntryNamesTheUrlAndTheFolder() {
        server.on("/none", Reply.ok(JSON, "[1]"));
        URI uri = server.uri("/none?key=abc");
        CachedFetcher f = fetcher(FetchSettings.defaults().withOffline(true));

        IOException e = assertThrows(IOException.class, () -> f.fetch(new FetchRequest(uri, JSON)));

        assertEquals("http://127.0.0.1:" + server.port() + "/none?key=REDACTED: not in the cache (" + dir
                + ") and working offline (fetch it once online, or check the cache folder)", e.getMessage());
        assertEquals(0, server.count("/none"));
    }

    @Test
    void aDamagedEntryIsIgnoredAndFetchedAgain() throws Exception {
        server.on("/c", Reply.ok(JSON, "[1,2,3]"));
        FetchRequest request = new FetchRequest(server.uri("/c"), JSON);
        CachedFetcher f = fetcher();
        f.fetch(request);
        Path entry = dir.resolve(FetchCache.key(request) + ".entry");
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 2] = '9';
        Files.write(entry, bytes);

        Fetched again = f.fetch(request);

        assertEquals(Fetched.Origin.NETWORK, again.origin());
        assertEquals("[1,2,3]", text(again));
        assertEquals(2, server.count("/c"));
        List<CapturedLogs.Event> warned = CapturedLogs.containing(entry + ": a damaged cache entry (the body's SHA-256"
                + " differs from the metadata's) is ignored; the URL is fetched again");
        assertEquals(1, warned.size());
        assertEquals(Level.WARN, warned.get(0).level());
        assertEquals(Fetched.Origin.CACHE, f.fetch(request).origin());
    }

    @Test
    void aHalfWrittenEntryIsIgnored() throws Exception {
        server.on("/h", Reply.ok(JSON, "[1,2,3]"));
        FetchRequest request = new FetchRequest(server.uri("/h"), JSON);
        CachedFetcher f = fetcher();
        f.fetch(request);
        Path entry = dir.resolve(FetchCache.key(request) + ".entry");
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length - 3));

        CachedFetcher offline = fetcher(FetchSettings.defaults().withOffline(true));

        IOException e = assertThrows(IOException.class, () -> offline.fetch(request));

        assertTrue(e.getMessage().startsWith(request.uri() + ": not in the cache"), e.getMessage());
        assertEquals(1, CapturedLogs.containing(entry + ": a damaged cache entry (a body of 4 bytes where the metadata"
                + " says 7 (a half-written entry?)) is ignored").size());
        assertEquals(Fetched.Origin.NETWORK, f.fetch(request).origin());
        assertEquals(2, server.count("/h"));
    }

    @Test
    void aFailedRefreshLeavesTheOldEntry() throws Exception {
        server.on("/f", Reply.ok(JSON, "[\"old\"]"), Reply.ok(JSON, "[\"new, but cut\"]").cutAfter(5));
        FetchRequest request = new FetchRequest(server.uri("/f"), JSON);
        fetcher().fetch(request);

        IOException e = assertThrows(IOException.class,
                () -> fetcher(FetchSettings.defaults().withRefresh(true).withMaxRetries(1)).fetch(request));

        assertTrue(e.getMessage().startsWith(request.uri() + ": the body ended after "), e.getMessage());
        assertTrue(e.getMessage().contains(" of 16 bytes (the connection was cut) after 2 attempts"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; a cached copy fetched " + T0 + " is kept and can be used offline"),
                e.getMessage());
        Fetched kept = fetcher(FetchSettings.defaults().withOffline(true)).fetch(request);
        assertEquals("[\"old\"]", text(kept));
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void eightThreadsAskingAtOnceFetchOnce() throws Exception {
        server.on("/same", Reply.ok(JSON, "[42]").delayed(Duration.ofMillis(300)));
        FetchRequest request = new FetchRequest(server.uri("/same"), JSON);
        CachedFetcher f = fetcher();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Fetched>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return f.fetch(request);
                }));
            }
            go.countDown();
            for (Future<Fetched> r : results) {
                assertEquals("[42]", text(r.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, server.count("/same"));
    }

    @Test
    void overAPlainFetcherAStaleEntryIsFetchedInFull() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Fetcher plain = r -> {
            byte[] body = ("[" + calls.incrementAndGet() + "]").getBytes(StandardCharsets.UTF_8);
            return new Fetched(body, JSON, Fetched.Origin.NETWORK, new Provenance(r.uri(), clock.instant(),
                    Sha256.hex(body)));
        };
        FetchSettings s = FetchSettings.defaults().withCacheDir(dir).withTtl(Duration.ofHours(1));
        CachedFetcher f = new CachedFetcher(Network.of(plain), new FetchCache(dir, clock), s, clock);
        FetchRequest request = new FetchRequest(URI.create("https://example.org/x.json"), JSON);

        assertEquals("[1]", text(f.fetch(request)));
        assertEquals(Fetched.Origin.CACHE, f.fetch(request).origin());
        clock.advance(Duration.ofHours(2));
        Fetched again = f.fetch(request);

        assertEquals(Fetched.Origin.NETWORK, again.origin());
        assertEquals("[2]", text(again));
        assertEquals(2, calls.get());
    }

    @Test
    void theSameUrlWithAnotherAcceptIsAnotherEntry() throws Exception {
        server.on("/data", Reply.ok("text/csv", "a,b\n1,2\n"));
        CachedFetcher f = fetcher();

        f.fetch(new FetchRequest(server.uri("/data"), "text/csv"));
        f.fetch(new FetchRequest(server.uri("/data"), "*/*"));

        assertEquals(2, server.count("/data"));
        assertEquals(2, new FetchCache(dir, clock).list().size());
    }

    @Test
    void theFactoryBuildsTheCachedHttpFetcher() throws Exception {
        server.on("/fac", Reply.ok(JSON, "[7]"));
        FetchSettings s = FetchSettings.defaults().withCacheDir(dir);
        FetchRequest request = new FetchRequest(server.uri("/fac"), JSON);

        assertEquals(Fetched.Origin.NETWORK, Fetchers.create(s).fetch(request).origin());
        assertEquals(Fetched.Origin.CACHE, Fetchers.create(s).fetch(request).origin());

        assertEquals(dir, Fetchers.cache(s).dir());
        assertEquals(List.of(request.uri()), Fetchers.cache(s).list().stream().map(CacheEntry::url).toList());
        assertEquals(1, server.count("/fac"));
    }

    private List<Path> tempFiles() throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
