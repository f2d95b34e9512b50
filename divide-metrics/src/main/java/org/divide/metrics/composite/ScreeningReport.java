package org.divide.metrics.composite;

import java.util.List;

/**
 * What screening found for every economy (COINr's {@code DataSummary} and {@code RemovedUnits}).
 *
 * @param entries one entry per economy screened, in data order
 */
public record ScreeningReport(List<Entry> entries) {

    /**
     * Copies the list.
     *
     * @param entries the entries
     */
    public ScreeningReport {
        entries = List.copyOf(entries);
    }

    /** {@return the entries of the economies removed} */
    public List<Entry> removed() {
        return entries.stream().filter(e -> !e.verdict().kept()).toList();
    }

    /** Why an economy was kept or removed. */
    public enum Verdict {
        /** Passed the checks. */
        KEPT(true),
        /** Forced in (it may or may not have passed). */
        FORCED_IN(true),
        /** Forced out. */
        FORCED_OUT(false),
        /** Data availability below the threshold. */
        LOW_AVAILABILITY(false),
        /** Share of non-zero values below the threshold. */
        TOO_MANY_ZEROS(false),
        /** Both below their thresholds. */
        LOW_AVAILABILITY_AND_TOO_MANY_ZEROS(false);

        private final boolean kept;

        Verdict(boolean kept) {
            this.kept = kept;
        }

        /** {@return whether the economy stays in the index} */
        public boolean kept() {
            return kept;
        }
    }

    /**
     * One economy.
     *
     * @param economy      the economy code
     * @param availability {@code 1 − nMissing/nIndicators}
     * @param nonZeroShare {@code 1 − nZero/(nIndicators − nMissing)} ({@code NaN} with no value)
     * @param verdict      the verdict
     */
    public record Entry(String economy, double availability, double nonZeroShare, Verdict verdict) {
    }
}
