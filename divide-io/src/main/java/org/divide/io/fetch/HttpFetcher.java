package org.divide.io.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.zip.GZIPInputStream;
import org.divide.io.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches over HTTP with the JDK's {@link HttpClient}, without a cache (see {@link CachedFetcher}).
 * Thread-safe: one instance serves any number of threads.
 *
 * <ul>
 * <li><b>Security.</b> {@code https} only, except to the loopback ({@code localhost},
 *     {@code 127.0.0.0/8}, {@code ::1}) or with {@link FetchSettings#withAllowInsecureHttp}. URLs
 *     with user information are refused. Redirects (301, 302, 303, 307, 308; at most
 *     {@value #MAX_REDIRECTS}) are followed here, not by the client, so that each hop is checked: a
 *     redirect to another host than the requested one is refused unless that host is in
 *     {@link FetchSettings#allowedRedirectHosts()}, and a redirect from https to plain http follows
 *     the https rule. Credentials never appear in logs or messages ({@link Redaction}).</li>
 * <li><b>Retries.</b> HTTP 408, 429 and 5xx (but 501, 505), connection failures, timeouts and cut
 *     connections are tried again, up to {@link FetchSettings#maxRetries()} times, after a wait:
 *     what {@code Retry-After} asks (seconds or an HTTP-date, at most 2 minutes; a provider asking
 *     for more fails the fetch at once), else exponential backoff with full jitter (a uniform wait
 *     below 0.5 s, 1 s, 2 s, ... up to 30 s). Other 4xx statuses fail at once.</li>
 * <li><b>Bodies.</b> Asked with {@code Accept-Encoding: gzip} and decoded. Read up to
 *     {@link FetchSettings#maxBodyBytes()}, as sent and decoded. A body shorter than its
 *     {@code Content-Length}, or cut before its end, is an error (retried). An HTML page where HTML
 *     was not accepted is an error, not retried: providers serve error pages with status 200; other
 *     content-type mismatches are logged at WARN.</li>
 * <li><b>Time.</b> {@link FetchSettings#connectTimeout()} to connect;
 *     {@link FetchSettings#requestTimeout()} for one attempt, headers and body.</li>
 * <li><b>Proxies.</b> The JVM's standard proxy settings, through {@link ProxySelector#getDefault()}.</li>
 * </ul>
 *
 * <p>Errors are {@link IOException}s of one line: the redacted URL, what went wrong, the number of
 * attempts when there were several, and in brackets what to do, such as
 * {@code https://api.example.org/v2/x?api_key=REDACTED: HTTP 503 Service Unavailable after 5 attempts
 * (the provider is failing or busy: try again later, or work offline from the cache)}.
 */
public final class HttpFetcher implements Fetcher {

    /** The most redirects followed for one fetch. */
    public static final int MAX_REDIRECTS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    private final FetchSettings settings;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * A fetcher.
     *
     * @param settings the settings (the cache settings are not used here)
     * @param sleeper  waits between attempts
     * @param clock    the time of responses and of {@code Retry-After} dates
     * @param random   uniform values in [0, 1) for the jitter
     */
    HttpFetcher(FetchSettings settings, Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            b.proxy(proxies);
        }
        this.client = b.build();
    }

    /**
     * A fetcher with the given settings, sleeping between attempts and using the system clock.
     *
     * @param settings the settings; the cache settings ({@code cacheDir}, {@code ttl}, {@code offline},
     *                 {@code refresh}) are not used by this class
     * @return the fetcher
     */
    public static HttpFetcher create(FetchSettings settings) {
        return new HttpFetcher(settings, Sleeper.THREAD, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Fetches a resource from the network.
     *
     * @param request the URL and accepted media types
     * @return the body, with origin {@link Fetched.Origin#NETWORK}
     * @throws IOException as the class describes
     */
    @Override
    public Fetched fetch(FetchRequest request) throws IOException {
        Exchange e = exchange(request, Validators.NONE);
        URI safe = Redaction.safe(request.uri());
        Fetched f = new Fetched(e.body(), e.contentType(), Fetched.Origin.NETWORK,
                new Provenance(safe, e.at(), Sha256.hex(e.body())));
        settings.listener().finished(safe, Fetched.Origin.NETWORK, e.body().length);
        return f;
    }

    /**
     * Fetches a resource, conditionally when validators are given: the seam of {@link CachedFetcher}.
     *
     * @param request    the URL and accepted media types
     * @param validators the cached copy's validators, or {@link Validators#NONE}
     * @return the response: a whole body, or "not modified" (only when validators were sent)
     * @throws IOException as the class describes
     */
    Exchange exchange(FetchRequest request, Validators validators) throws IOException {
        URI original = request.uri();
        String where = Redaction.uri(original);
        if (original.getRawUserInfo() != null) {
            throw new IOException(where + ": a URL with user information (user:password@) is refused (credentials"
                    + " are never sent that way)");
        }
        checkScheme(original, where);
        URI current = original;
        int failures = 0;
        int redirects = 0;
        while (true) {
            URI safe = Redaction.safe(current);
            settings.listener().started(safe, failures + 1);
            HttpResponse<byte[]> response;
            try {
                response = send(current, request.accept(), validators, safe);
            } catch (LimitedBody.TooLarge e) {
                throw new IOException(where + ": " + e.getMessage(), e);
            } catch (IOException e) {
                failures = retryOrFail(where, safe, failures, describe(e), Optional.empty(), e);
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status <= 299) {
                return body(request, response, where);
            }
            if (status == 304 && validators.any()) {
                LOG.debug("{}: not modified (304)", where);
                return Exchange.notModified(header(response, "ETag"), header(response, "Last-Modified"),
                        clock.instant());
            }
            if (HttpStatus.redirect(status)) {
                if (++redirects > MAX_REDIRECTS) {
                    throw new IOException(where + ": more than " + MAX_REDIRECTS + " redirects (a redirect loop?)");
                }
                current = redirectTarget(original, current, response, where);
                continue;
            }
            if (HttpStatus.retryable(status)) {
                Optional<Duration> asked = RetryTiming.retryAfter(header(response, "Retry-After"), clock.instant());
                failures = retryOrFail(where, safe, failures, HttpStatus.describe(status), asked, null);
                continue;
            }
            throw new IOException(where + ": " + HttpStatus.describe(status) + " (" + HttpStatus.advice(status) + ")");
        }
    }

    /**
     * Waits for the next attempt, or fails when the attempts are spent.
     *
     * @return the failures so far, this one included
     */
    private int retryOrFail(String where, URI safe, int failures, String reason, Optional<Duration> asked,
            IOException cause) throws IOException {
        int attempt = failures + 1;
        if (attempt > settings.maxRetries()) {
            String attempts = attempt == 1 ? "" : " after " + attempt + " attempts";
            throw new IOException(where + ": " + reason + attempts + " (" + adviceFor(reason) + ")", cause);
        }
        if (asked.isPresent() && asked.get().compareTo(RetryTiming.MAX_RETRY_AFTER) > 0) {
            throw new IOException(where + ": " + reason + ", and the provider asks to wait "
                    + asked.get().toSeconds() + " s before trying again, more than the "
                    + RetryTiming.MAX_RETRY_AFTER.toSeconds() + " s divide waits (try again later)", cause);
        }
        Duration wait = asked.orElseGet(() -> RetryTiming.backoff(attempt, random));
        LOG.info("{}: {} (attempt {} of {}); trying again in {} ms", where, reason, attempt,
                settings.maxRetries() + 1, wait.toMillis());
        settings.listener().retrying(safe, attempt, wait, reason);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException(where + ": interrupted while waiting to try again");
            stop.initCause(e);
            throw stop;
        }
        return attempt;
    }

    private static String adviceFor(String reason) {
        if (reason.startsWith("HTTP ")) {
            return HttpStatus.advice(Integer.parseInt(reason.substring(5, 8)));
        }
        if (reason.startsWith("no complete response")) {
            return "the provider is slow or unreachable: try again later, or raise FetchSettings.withRequestTimeout";
        }
        return "check the network and the proxy settings, try again later, or work offline from the cache";
    }

    /** One attempt: the request, the response's status and headers, and its body read within the limit. */
    private HttpResponse<byte[]> send(URI uri, String accept, Validators validators, URI safe) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", settings.userAgent());
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        var future = client.sendAsync(b.build(), info -> {
            boolean ok = info.statusCode() >= 200 && info.statusCode() <= 299;
            if (!ok) {
                return BodySubscribers.replacing(new byte[0]);
            }
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
            LimitedBody l = new LimitedBody(settings.maxBodyBytes(), length, safe, settings.listener());
            body.set(l);
            return l;
        });
        try {
            return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LimitedBody l = body.get();
            if (l != null) {
                l.abort();
            }
            HttpTimeoutException t = new HttpTimeoutException("no complete response");
            t.initCause(e);
            throw t;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("interrupted");
            stop.initCause(e);
            throw stop;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LimitedBody l = body.get();
            if (l != null && l.cutShort() && !(cause instanceof LimitedBody.TooLarge)) {
                // the client may fail the response itself, before or instead of the body's subscriber
                LimitedBody.Truncated cut = l.truncated();
                cut.initCause(cause);
                throw cut;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(ErrorText.scrub(String.valueOf(cause)), cause);
        }
    }

    /** What an attempt's failure was, in words fit for a message. */
    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect within " + seconds(settings.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            return "no complete response within " + seconds(settings.requestTimeout());
        }
        if (e instanceof LimitedBody.Truncated) {
            return e.getMessage();
        }
        String why = Redaction.text(ErrorText.scrub(e.getMessage()));
        if (e instanceof ConnectException) {
            return why.isEmpty() ? "could not connect" : "could not connect: " + why;
        }
        return why.isEmpty() ? "the connection failed" : "the connection failed: " + why;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A 2xx response: decoded, its content type checked. */
    private Exchange body(FetchRequest request, HttpResponse<byte[]> response, String where) throws IOException {
        byte[] raw = response.body();
        String encoding = header(response, "Content-Encoding");
        byte[] decoded;
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            decoded = raw;
        } else if (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")) {
            decoded = gunzip(raw, where);
        } else {
            throw new IOException(where + ": the body is encoded as " + ErrorText.value(encoding)
                    + ", which divide did not ask for (only gzip is decoded)");
        }
        String contentType = Optional.ofNullable(header(response, "Content-Type")).orElse("");
        if (!contentType.isEmpty() && !MediaTypes.accepts(request.accept(), contentType)) {
            if (MediaTypes.isHtml(contentType)) {
                throw new IOException(where + ": the provider sent an HTML page (" + ErrorText.clip(contentType, 100)
                        + ") where " + request.accept() + " was asked for (an error or maintenance page? open the URL"
                        + " in a browser to see it)");
            }
            LOG.warn("{}: the provider sent {} where {} was asked for; reading it anyway", where,
                    ErrorText.clip(contentType, 100), request.accept());
        }
        LOG.debug("{}: {} bytes ({} as sent), {}", where, decoded.length, raw.length, contentType);
        return Exchange.body(decoded, contentType, header(response, "ETag"), header(response, "Last-Modified"),
                clock.instant());
    }

    private byte[] gunzip(byte[] raw, String where) throws IOException {
        long limit = settings.maxBodyBytes();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            // a first guess of four times the compressed size, within the limit and 64 MiB
            int guess = (int) Math.min(Math.max(32L, raw.length * 4L), Math.min(limit, 64L << 20));
            ByteArrayOutputStream out = new ByteArrayOutputStream(guess);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new IOException(where + ": a gzip body that decompresses to more than " + limit + " bytes "
                            + LimitedBody.LIMIT_ADVICE);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(where + ": a damaged gzip body (" + ErrorText.scrub(e.getMessage()) + ")", e);
        }
    }

    /** Checks the https rule for a URL. */
    private void checkScheme(URI uri, String where) throws IOException {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !settings.allowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IOException(where + ": plain http to a host other than the loopback is refused (use https, or"
                    + " allow it with FetchSettings.withAllowInsecureHttp)");
        }
    }

    /** The target of a redirect, checked against the host and https rules. */
    private URI redirectTarget(URI original, URI current, HttpResponse<byte[]> response, String where)
            throws IOException {
        String location = header(response, "Location");
        if (location == null || location.isBlank()) {
            throw new IOException(where + ": " + HttpStatus.describe(response.statusCode())
                    + " without a Location header (the provider's fault)");
        }
        URI next;
        try {
            next = current.resolve(new URI(location.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IOException(where + ": redirected to a malformed URL " + ErrorText.value(Redaction.text(location)),
                    e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
            throw new IOException(where + ": redirected to " + ErrorText.value(Redaction.text(next.toString()))
                    + ", which is not an http(s) URL");
        }
        String host = next.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals(original.getHost().toLowerCase(Locale.ROOT)) && !settings.allowedRedirectHosts().contains(host)) {
            throw new IOException(where + ": redirected to another host, " + host + " (" + Redaction.uri(next)
                    + "), which is refused (allow it with FetchSettings.withAllowedRedirectHosts)");
        }
        if (next.getRawUserInfo() != null) {
            throw new IOException(where + ": redirected to a URL with user information, which is refused");
        }
        checkScheme(next, where + " (redirected to " + Redaction.uri(next) + ")");
        LOG.debug("{}: {} to {}", where, HttpStatus.describe(response.statusCode()), Redaction.uri(next));
        return next;
    }

    /**
     * Whether a host is the loopback, judged from its name alone (no name lookup).
     *
     * @param host the host of a URL ({@code [::1]} for IPv6)
     * @return whether it is {@code localhost}, in {@code 127.0.0.0/8} or {@code ::1}
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
