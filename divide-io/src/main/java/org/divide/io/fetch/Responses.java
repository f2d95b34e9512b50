package org.divide.io.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.divide.core.Panel;
import org.divide.io.FormatNotes;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.internal.Sources;

/** What the provider clients share: fetching several URLs at once, decoding a body, joining results. */
final class Responses {

    private Responses() {
    }

    /**
     * Fetches several requests on at most {@code threads} threads and returns the responses in the
     * order of the requests, whatever the order they arrive in. All or nothing: the first failure
     * cancels the requests not yet done and is thrown.
     *
     * @param fetcher  the fetcher, thread-safe
     * @param requests the requests
     * @param threads  the most requests in flight, at least 1 (1: one after the other on the
     *                 calling thread)
     * @return the responses, in request order
     * @throws IOException if a request fails (the first failure in request order)
     */
    static List<Fetched> fetchAll(Fetcher fetcher, List<FetchRequest> requests, int threads) throws IOException {
        List<Fetched> out = new ArrayList<>(requests.size());
        int pool = Math.min(threads, requests.size());
        if (pool <= 1) {
            for (FetchRequest r : requests) {
                out.add(fetcher.fetch(r));
            }
            return out;
        }
        ExecutorService executor = Executors.newFixedThreadPool(pool, task -> {
            Thread t = new Thread(task, "divide-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Fetched>> futures = new ArrayList<>(requests.size());
            for (FetchRequest r : requests) {
                futures.add(executor.submit(() -> fetcher.fetch(r)));
            }
            for (Future<Fetched> f : futures) {
                out.add(get(f));
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }

    private static Fetched get(Future<Fetched> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }

    /**
     * The body as text, decoded strictly as UTF-8 (the providers' JSON and CSV are UTF-8).
     *
     * @param fetched the response
     * @return a reader over the body
     * @throws IOException if it cannot be opened
     */
    static Reader text(Fetched fetched) throws IOException {
        return Sources.open(fetched.open(), StandardCharsets.UTF_8, name(fetched));
    }

    /**
     * The name of a response in messages and in {@link ReadResult#source()}: its URL.
     *
     * @param fetched the response
     * @return the URL as text
     */
    static String name(Fetched fetched) {
        return fetched.provenance().url().toString();
    }

    /**
     * The provenance of responses, in order.
     *
     * @param responses the responses
     * @return their provenance
     */
    static List<Provenance> provenance(List<Fetched> responses) {
        return responses.stream().map(Fetched::provenance).toList();
    }

    /**
     * Joins the results of several reads on (economy, year): the panels and the aggregates with
     * {@link Panel#join}, the unmatched economies and skipped records one after the other, the
     * sources with {@code " + "}; the notes are those of the first result. One result is returned
     * as it is.
     *
     * @param results the results, at least one
     * @return the joined result
     * @throws IllegalArgumentException if two results hold different values for one cell
     */
    static ReadResult join(List<ReadResult> results) {
        ReadResult first = results.get(0);
        if (results.size() == 1) {
            return first;
        }
        Panel panel = first.panel();
        Panel aggregates = first.aggregates();
        List<UnmatchedEconomy> unmatched = new ArrayList<>(first.unmatched());
        List<SkippedRecord> skipped = new ArrayList<>(first.skipped());
        StringBuilder source = new StringBuilder(first.source());
        for (ReadResult r : results.subList(1, results.size())) {
            panel = panel.join(r.panel());
            aggregates = aggregates.join(r.aggregates());
            unmatched.addAll(r.unmatched());
            skipped.addAll(r.skipped());
            source.append(" + ").append(r.source());
        }
        FormatNotes notes = first.notes();
        return new ReadResult(source.toString(), panel, aggregates, unmatched, skipped, notes);
    }
}
