package org.divide.io.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as sent, up to a limit: more bytes than the limit (or a
 * {@code Content-Length} above it) fail the body at once instead of filling the memory, and a body
 * that ends before its {@code Content-Length} fails as truncated. Reports progress to the listener.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    /** A body larger than the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** A body that ended before its announced length. */
    static final class Truncated extends IOException {

        private static final long serialVersionUID = 1L;

        Truncated(String message) {
            super(message);
        }
    }

    /** What to do about a body over the limit, for every message that names the limit. */
    static final String LIMIT_ADVICE = "(limit FetchSettings.maxBodyBytes; raise it with FetchSettings.withMaxBodyBytes)";

    private final long limit;
    private final long expected;
    private final URI url;
    private final FetchListener listener;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    /** Written by the subscriber's thread only; read by the fetching thread after a failure. */
    private volatile long received;

    /**
     * A body collector.
     *
     * @param limit    the most bytes accepted
     * @param expected the {@code Content-Length}, or -1
     * @param url      the redacted URL, for the listener
     * @param listener hears progress
     */
    LimitedBody(long limit, long expected, URI url, FetchListener listener) {
        this.limit = limit;
        this.expected = expected;
        this.url = url;
        this.listener = listener;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (expected > limit) {
            s.cancel();
            result.completeExceptionally(tooLarge());
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (received + n > limit) {
                subscription.cancel();
                result.completeExceptionally(tooLarge());
                return;
            }
            received += n;
            if (b.hasArray()) {
                out.write(b.array(), b.arrayOffset() + b.position(), n);
            } else {
                byte[] chunk = new byte[n];
                b.get(chunk);
                out.write(chunk, 0, n);
            }
        }
        listener.progress(url, received, expected);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(cutShort() ? truncated() : t);
    }

    /**
     * Whether fewer bytes than the {@code Content-Length} have arrived.
     *
     * @return true when a length was announced and not reached
     */
    boolean cutShort() {
        return received < expected;
    }

    /**
     * The error of a body cut short.
     *
     * @return the error, naming the bytes received and announced
     */
    Truncated truncated() {
        return new Truncated("the body ended after " + received + " of " + expected + " bytes (the connection was cut)");
    }

    @Override
    public void onComplete() {
        if (expected >= 0 && received != expected) {
            result.completeExceptionally(new Truncated("the body has " + received + " bytes where its Content-Length"
                    + " announced " + expected));
        } else {
            result.complete(out.toByteArray());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result.copy();
    }

    /** Stops reading: the attempt has timed out. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new IOException("aborted"));
    }

    private TooLarge tooLarge() {
        return new TooLarge("a body of more than " + limit + " bytes " + LIMIT_ADVICE);
    }
}
