package org.divide.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.divide.metrics.inference.ProgressListener;
import org.divide.metrics.uncertainty.RunListener;
import org.divide.metrics.uncertainty.RunProgress;

/**
 * A one-line progress bar on standard error for long runs, redrawn in place with a carriage
 * return at most every 100 ms and ended with a new line. Used only when the command runs on a
 * terminal ({@link #onTerminal}); otherwise the runs are silent. It listens to the runs of an
 * uncertainty analysis ({@link RunListener}) and to bootstrap replicates ({@link ProgressListener}).
 */
final class ProgressBar implements RunListener, ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    /** Guards {@link #lastDrawn} and the drawing: runs may report from several threads. */
    private final Object lock = new Object();
    private long lastDrawn = Long.MIN_VALUE;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /**
     * A progress bar if standard input and output are a terminal, else {@code null}.
     *
     * @param err   standard error
     * @param label what is running, such as "uncertainty"
     * @return the bar, or {@code null}
     */
    static ProgressBar onTerminal(PrintWriter err, String label) {
        return System.console() == null ? null : new ProgressBar(err, label);
    }

    @Override
    public void progress(int reported, int total) {
        int done = Math.max(0, Math.min(reported, total));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration remaining = done == 0 ? Duration.ZERO : elapsed.multipliedBy(total - done).dividedBy(done);
        progress(new RunProgress(done, total, elapsed, remaining));
    }

    @Override
    public void progress(RunProgress p) {
        synchronized (lock) {
            long now = System.nanoTime();
            boolean last = p.done() >= p.total();
            if (!last && lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            err.print("\r" + line(label, p));
            if (last) {
                err.println();
            }
            err.flush();
        }
    }

    /**
     * The text of the bar.
     *
     * @param label what is running
     * @param p     the progress
     * @return such as {@code "uncertainty [#########.....] 45% 270/600 runs, 3s left"}
     */
    static String line(String label, RunProgress p) {
        int filled = (int) Math.round(WIDTH * p.fraction());
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d, %s left", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(100 * p.fraction()), p.done(), p.total(),
                seconds(p.remaining()));
    }

    private static String seconds(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 60 ? s / 60 + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }
}
