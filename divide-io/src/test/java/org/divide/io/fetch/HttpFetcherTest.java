package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.divide.io.fetch.LoopbackServer.Reply;
import org.divide.io.testlog.CapturedLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** {@link HttpFetcher} against a scripted loopback server: bodies, retries, redirects, limits, errors. */
class HttpFetcherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String JSON = "application/json";

    private LoopbackServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final TestClock clock = new TestClock(NOW);

    @BeforeEach
    void start() {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A fetcher with a recording sleeper and a jitter of one half: backoff waits of 250, 500, 1000 ms... */
    private HttpFetcher fetcher(FetchSettings settings) {
        return new HttpFetcher(settings, sleeper, clock, () -> 0.5);
    }

    private HttpFetcher fetcher() {
        return fetcher(FetchSettings.defaults().withMaxRetries(3));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aPlainResponseComesWithItsProvenance() throws Exception {
        String body = "[{\"page\":1}]";
        server.on("/v2/data", Reply.ok("application/json;charset=utf-8", body));
        URI uri = server.uri("/v2/data?format=json");

        Fetched f = fetcher(FetchSettings.defaults().withUserAgent("divide-test")).fetch(new FetchRequest(uri, JSON));

        assertEquals(body, new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals("application/json;charset=utf-8", f.contentType());
        assertEquals(Fetched.Origin.NETWORK, f.origin());
        assertEquals(uri, f.provenance().url());
        assertEquals(NOW, f.provenance().fetchedAt());
        assertEquals(sha256(body.getBytes(StandardCharsets.UTF_8)), f.provenance().sha256());
        LoopbackServer.Recorded r = server.requests("/v2/data").get(0);
        assertEquals("GET", r.method());
        assertEquals(JSON, r.header("Accept"));
        assertEquals("gzip", r.header("Accept-Encoding"));
        assertEquals("divide-test", r.header("User-Agent"));
        assertEquals(null, r.header("If-None-Match"));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void aGzippedBodyIsDecoded() throws Exception {
        String body = "country,year,value\n" + "KEN,2020,1.5\n".repeat(1000);
        server.on("/owid.csv", Reply.ok("text/csv", body).gzipped());

        Fetched f = fetcher().fetch(new FetchRequest(server.uri("/owid.csv"), "text/csv"));

        assertEquals(body, new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals(sha256(body.getBytes(StandardCharsets.UTF_8)), f.provenance().sha256());
    }

    @Test
    void tooManyRequestsWaitsWhatRetryAfterAsks() throws Exception {
        server.on("/r", Reply.status(429).withHeader("Retry-After", "7"), Reply.ok(JSON, "{}"));

        Fetched f = fetcher().fetch(new FetchRequest(server.uri("/r"), JSON));

        assertEquals("{}", new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
        assertEquals(2, server.count("/r"));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheWaitUntilThatDate() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        server.on("/d", Reply.status(503).withHeader("Retry-After", date), Reply.ok(JSON, "{}"));

        fetcher().fetch(new FetchRequest(server.uri("/d"), JSON));

        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.waits());
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnce() {
        server.on("/long", Reply.status(429).withHeader("Retry-After", "3600"));
        URI uri = server.uri("/long");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": HTTP 429 Too Many Requests, and the provider asks to wait 3600 s before trying again,"
                + " more than the 120 s divide waits (try again later)", e.getMessage());
        assertEquals(1, server.count("/long"));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void aServerErrorIsTriedAgainAfterABackoff() throws Exception {
        server.on("/flaky", Reply.status(500), Reply.ok(JSON, "[1]"));

        Fetched f = fetcher().fetch(new FetchRequest(server.uri("/flaky"), JSON));

        assertEquals("[1]", new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of(Duration.ofMillis(250)), sleeper.waits());
        assertEquals(2, server.count("/flaky"));
    }

    @Test
    void aServerFailingForeverIsAnErrorAfterTheRetries() {
        server.on("/down", Reply.status(500));
        URI uri = server.uri("/down?format=json");
        List<String> heard = new CopyOnWriteArrayList<>();
        FetchListener listener = new FetchListener() {
            @Override
            public void started(URI url, int attempt) {
                heard.add("start " + attempt);
            }

            @Override
            public void retrying(URI url, int attempt, Duration wait, String reason) {
                heard.add("retry " + attempt + " " + wait.toMillis() + " " + reason);
            }
        };

        IOException e = assertThrows(IOException.class, () -> fetcher(FetchSettings.defaults().withMaxRetries(3)
                .withListener(listener)).fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": HTTP 500 Internal Server Error after 4 attempts (the provider is failing or busy: try"
                + " again later, or work offline from the cache)", e.getMessage());
        assertEquals(4, server.count("/down"));
        // full jitter with a uniform draw of 0.5: half of 0.5 s, 1 s, 2 s
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
        assertEquals(List.of("start 1", "retry 1 250 HTTP 500 Internal Server Error", "start 2",
                "retry 2 500 HTTP 500 Internal Server Error", "start 3", "retry 3 1000 HTTP 500 Internal Server Error",
                "start 4"), heard);
    }

    @Test
    void notFoundIsNotTriedAgain() {
        server.on("/v2/country/XYZ", Reply.status(404));
        URI uri = server.uri("/v2/country/XYZ");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": HTTP 404 Not Found (the provider has no such resource: check the codes (indicator,"
                + " series, economy) in the URL)", e.getMessage());
        assertEquals(1, server.count("/v2/country/XYZ"));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void aTruncatedBodyIsAnError() {
        byte[] body = "x".repeat(100).getBytes(StandardCharsets.UTF_8);
        server.on("/cut", Reply.ok("text/csv", body).cutAfter(10));
        URI uri = server.uri("/cut");

        IOException e = assertThrows(IOException.class, () -> fetcher(FetchSettings.defaults().withMaxRetries(1))
                .fetch(new FetchRequest(uri, "text/csv")));

        // 10 bytes are sent; how many the client hands over before it sees the cut is its affair
        assertTrue(e.getMessage().matches(Pattern.quote(uri + ": the body ended after ") + "\\d+"
                + Pattern.quote(" of 100 bytes (the connection was cut) after 2 attempts (") + ".*"), e.getMessage());
        assertEquals(2, server.count("/cut"));
    }

    @Test
    void anHtmlPageForAJsonRequestIsAnError() {
        server.on("/maint", Reply.ok("text/html; charset=utf-8", "<html><body>Down for maintenance</body></html>"));
        URI uri = server.uri("/maint");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": the provider sent an HTML page (text/html; charset=utf-8) where application/json was"
                + " asked for (an error or maintenance page? open the URL in a browser to see it)", e.getMessage());
        assertEquals(1, server.count("/maint"));
    }

    @Test
    void anotherLooseContentTypeIsOnlyLogged() throws Exception {
        server.on("/loose", Reply.ok("text/plain", "{\"a\":1}"));
        URI uri = server.uri("/loose");

        Fetched f = fetcher().fetch(new FetchRequest(uri, JSON));

        assertEquals("{\"a\":1}", new String(f.bytes(), StandardCharsets.UTF_8));
        List<CapturedLogs.Event> warned = CapturedLogs.containing(uri + ": the provider sent text/plain where"
                + " application/json was asked for; reading it anyway");
        assertEquals(1, warned.size());
        assertEquals(Level.WARN, warned.get(0).level());
    }

    @Test
    void anHtmlPageIsFineWhenAnythingIsAccepted() throws Exception {
        server.on("/page", Reply.ok("text/html", "<p>hi</p>"));

        Fetched f = fetcher().fetch(FetchRequest.of(server.uri("/page")));

        assertEquals("<p>hi</p>", new String(f.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aSlowServerTimesOut() {
        server.on("/slow", Reply.ok(JSON, "{}").delayed(Duration.ofSeconds(5)));
        URI uri = server.uri("/slow");
        HttpFetcher f = fetcher(FetchSettings.defaults().withMaxRetries(0).withRequestTimeout(Duration.ofMillis(300)));

        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> f.fetch(new FetchRequest(uri, JSON)));

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos());
        assertEquals(uri + ": no complete response within 300 ms (the provider is slow or unreachable: try again"
                + " later, or raise FetchSettings.withRequestTimeout)", e.getMessage());
    }

    @Test
    void aRedirectOnTheSameHostIsFollowed() throws Exception {
        server.on("/old", Reply.redirect(301, "/new?x=1"));
        server.on("/new", Reply.ok(JSON, "[2]"));
        URI uri = server.uri("/old");

        Fetched f = fetcher().fetch(new FetchRequest(uri, JSON));

        assertEquals("[2]", new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals(uri, f.provenance().url());
        assertEquals(1, server.count("/old"));
        assertEquals("x=1", server.requests("/new").get(0).uri().getQuery());
        assertEquals(JSON, server.requests("/new").get(0).header("Accept"));
    }

    @Test
    void aRedirectToAnotherHostIsRefusedUnlessAllowed() throws Exception {
        // localhost and 127.0.0.1 are the same server but two host names
        String elsewhere = "http://localhost:" + server.port() + "/other?token=abc";
        server.on("/away", Reply.redirect(302, elsewhere));
        server.on("/other", Reply.ok(JSON, "[3]"));
        URI uri = server.uri("/away");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": redirected to another host, localhost (http://localhost:" + server.port()
                + "/other?token=REDACTED), which is refused (allow it with FetchSettings.withAllowedRedirectHosts)",
                e.getMessage());
        assertEquals(0, server.count("/other"));

        Fetched f = fetcher(FetchSettings.defaults().withAllowedRedirectHosts(Set.of("LocalHost")))
                .fetch(new FetchRequest(uri, JSON));
        assertEquals("[3]", new String(f.bytes(), StandardCharsets.UTF_8));
        assertEquals(1, server.count("/other"));
    }

    @Test
    void aRedirectLoopEnds() {
        server.on("/loop", Reply.redirect(307, "/loop"));
        URI uri = server.uri("/loop");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals(uri + ": more than 10 redirects (a redirect loop?)", e.getMessage());
        assertEquals(11, server.count("/loop"));
    }

    @Test
    void plainHttpToAHostOtherThanTheLoopbackIsRefused() {
        URI uri = URI.create("http://example.org/data.csv");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, "text/csv")));

        assertEquals("http://example.org/data.csv: plain http to a host other than the loopback is refused (use"
                + " https, or allow it with FetchSettings.withAllowInsecureHttp)", e.getMessage());
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void theLoopbackIsKnownByItsNameAlone() {
        assertTrue(HttpFetcher.isLoopback("localhost"));
        assertTrue(HttpFetcher.isLoopback("127.0.0.1"));
        assertTrue(HttpFetcher.isLoopback("127.10.0.3"));
        assertTrue(HttpFetcher.isLoopback("[::1]"));
        assertFalse(HttpFetcher.isLoopback("127.0.0.1.example.org"));
        assertFalse(HttpFetcher.isLoopback("localhost.example.org"));
        assertFalse(HttpFetcher.isLoopback("10.0.0.1"));
    }

    @Test
    void aBodyOverTheLimitIsAnError() {
        server.on("/big", Reply.ok("text/csv", "y".repeat(1000)));
        URI uri = server.uri("/big");

        IOException e = assertThrows(IOException.class, () -> fetcher(FetchSettings.defaults().withMaxBodyBytes(100))
                .fetch(new FetchRequest(uri, "text/csv")));

        assertEquals(uri + ": a body of more than 100 bytes (limit FetchSettings.maxBodyBytes; raise it with"
                + " FetchSettings.withMaxBodyBytes)", e.getMessage());
        assertEquals(1, server.count("/big"));
    }

    @Test
    void aGzipBodyInflatingOverTheLimitIsAnError() {
        server.on("/bomb", Reply.ok("text/csv", "0".repeat(100_000)).gzipped());
        URI uri = server.uri("/bomb");

        IOException e = assertThrows(IOException.class, () -> fetcher(FetchSettings.defaults()
                .withMaxBodyBytes(10_000)).fetch(new FetchRequest(uri, "text/csv")));

        assertEquals(uri + ": a gzip body that decompresses to more than 10000 bytes (limit"
                + " FetchSettings.maxBodyBytes; raise it with FetchSettings.withMaxBodyBytes)", e.getMessage());
    }

    @Test
    void credentialsNeverReachMessagesOrLogs() {
        server.on("/secret", Reply.status(503), Reply.status(403));
        URI uri = server.uri("/secret?series=GDP&api_key=s3cr3t-value&token=t0k3n");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        String safe = "http://127.0.0.1:" + server.port() + "/secret?series=GDP&api_key=REDACTED&token=REDACTED";
        assertEquals(safe + ": HTTP 403 Forbidden (the provider refuses access: check whether the resource needs a"
                + " key or is public)", e.getMessage());
        assertEquals(1, CapturedLogs.containing(safe + ": HTTP 503 Service Unavailable (attempt 1 of 4)").size());
        assertEquals(List.of(), CapturedLogs.containing("s3cr3t"));
        assertEquals(List.of(), CapturedLogs.containing("t0k3n"));
    }

    @Test
    void userInformationInTheUrlIsRefused() {
        URI uri = URI.create("http://user:pa55word@127.0.0.1:" + server.port() + "/x");

        IOException e = assertThrows(IOException.class, () -> fetcher().fetch(new FetchRequest(uri, JSON)));

        assertEquals("http://127.0.0.1:" + server.port() + "/x: a URL with user information (user:password@) is"
                + " refused (credentials are never sent that way)", e.getMessage());
        assertFalse(e.getMessage().contains("pa55word"));
        assertEquals(0, server.count("/x"));
    }

    @Test
    void aRefusedConnectionIsTriedAgainThenNamed() throws Exception {
        URI uri;
        try (LoopbackServer gone = LoopbackServer.start()) {
            uri = gone.uri("/x");
        }
        URI closed = uri;

        IOException e = assertThrows(IOException.class, () -> fetcher(FetchSettings.defaults().withMaxRetries(2))
                .fetch(new FetchRequest(closed, JSON)));

        assertTrue(e.getMessage().startsWith(closed + ": could not connect"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" after 3 attempts (check the network and the proxy settings, try again"
                + " later, or work offline from the cache)"), e.getMessage());
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.waits());
    }

    @Test
    void theListenerHearsProgressAndTheEnd() throws Exception {
        byte[] body = new byte[200_000];
        server.on("/p", Reply.ok("application/octet-stream", body));
        List<Long> received = new CopyOnWriteArrayList<>();
        List<String> finished = new CopyOnWriteArrayList<>();
        FetchListener listener = new FetchListener() {
            @Override
            public void progress(URI url, long got, long expected) {
                received.add(got);
                assertEquals(200_000, expected);
            }

            @Override
            public void finished(URI url, Fetched.Origin origin, long bytes) {
                finished.add(origin + " " + bytes);
            }
        };

        Fetched f = fetcher(FetchSettings.defaults().withListener(listener)).fetch(FetchRequest.of(server.uri("/p")));

        assertArrayEquals(body, f.bytes());
        assertEquals(200_000L, received.get(received.size() - 1));
        assertEquals(List.of("NETWORK 200000"), finished);
    }
}
