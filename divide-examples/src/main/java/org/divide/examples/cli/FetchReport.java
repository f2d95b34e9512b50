package org.divide.examples.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.divide.io.fetch.FetchListener;
import org.divide.io.fetch.Fetched;
import org.divide.io.fetch.Provenance;
import org.divide.io.fetch.Redaction;

/**
 * What the command says about its fetches: a {@link FetchListener} that draws a progress bar per
 * response on a terminal (never in a pipe), tells each retry as one note line, and remembers where
 * each response came from, so that {@link #sourceNotes} gives one line per response with its
 * origin, size and provenance. The notes go to standard error at once ({@code divide fetch}) or
 * are kept for the dataset's notes ({@code --data}). The URLs are redacted.
 */
final class FetchReport implements FetchListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final List<String> retries = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> finished = new ConcurrentHashMap<>();
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

    private FetchReport(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * A report that prints retries to standard error as they happen, with a progress bar on a
     * terminal.
     *
     * @param err standard error
     * @return the report
     */
    static FetchReport printing(PrintWriter err) {
        return new FetchReport(err, System.console() != null);
    }

    /**
     * A report that keeps its lines ({@link #takeRetries()}), for the notes of a dataset.
     *
     * @return the report
     */
    static FetchReport keeping() {
        return new FetchReport(null, false);
    }

    @Override
    public void progress(URI url, long received, long expected) {
        if (!terminal || expected <= 0) {
            return;
        }
        ProgressBar bar = bars.computeIfAbsent(url.toString(), u -> ProgressBar.onTerminal(err, "fetch (KiB)"));
        if (bar != null) {
            bar.progress((int) Math.min(Integer.MAX_VALUE, received / 1024), (int) Math.min(Integer.MAX_VALUE,
                    Math.max(1, expected / 1024)));
        }
    }

    @Override
    public void retrying(URI url, int attempt, Duration wait, String reason) {
        String line = url + ": " + reason + " (attempt " + attempt + "); trying again in "
                + String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
        if (err == null) {
            retries.add(line);
        } else {
            synchronized (err) {
                err.println("divide: " + line);
                err.flush();
            }
        }
    }

    @Override
    public void finished(URI url, Fetched.Origin origin, long bytes) {
        bars.remove(url.toString());
        finished.put(url.toString(), bytes + " bytes, " + origin);
    }

    /**
     * The retry lines kept since the last call (only when keeping), removed from the report.
     *
     * @return the lines
     */
    List<String> takeRetries() {
        synchronized (retries) {
            List<String> taken = List.copyOf(retries);
            retries.clear();
            return taken;
        }
    }

    /**
     * One note per response read: its URL, size and origin ({@code NETWORK}, {@code REVALIDATED},
     * {@code CACHE}), when it was fetched and its SHA-256.
     *
     * @param label   the fetch, such as {@code wb:SP.POP.TOTL}
     * @param sources the provenance of the responses, in the client's order
     * @return the notes, such as {@code "wb:SP.POP.TOTL: https://api.worldbank.org/v2/...: 1840 bytes, NETWORK,
     *         fetched 2026-12-07T05:00:00Z, sha256 3a7b..."}
     */
    List<String> sourceNotes(String label, List<Provenance> sources) {
        List<String> notes = new ArrayList<>();
        for (Provenance p : sources) {
            String url = Redaction.uri(p.url());
            String how = finished.get(url);
            notes.add(label + ": " + url + ": " + (how == null ? "" : how + ", ") + "fetched " + p.fetchedAt()
                    + ", sha256 " + p.sha256());
        }
        return notes;
    }
}
