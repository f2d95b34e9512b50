package org.divide.metrics.composite;

/**
 * Over which data the normalisation step of an index built for several years takes its
 * parameters (min and max, mean and standard deviation, ranks), as COINr's
 * {@code Normalise(purse, global = TRUE | FALSE)}.
 *
 * <ul>
 * <li>{@link #GLOBAL}: the stage entering the normalisation step is pooled over every year built
 *     — one row per economy and year — and each indicator is normalised over the pooled column,
 *     then split back by year. This is exactly COINr's global normalisation of a purse (the
 *     purse's data sets bound by rows, normalised as one data frame, split by {@code Time}): a
 *     min-max score of 100 is the best value of any economy in any year, so scores compare over
 *     time.</li>
 * <li>{@link #PER_YEAR}: each year normalised on its own, exactly as a single-year build; scores
 *     rank economies within a year, and a score's change over time mixes the economy's change with
 *     the change of the year's best and worst.</li>
 * </ul>
 */
public enum NormalisationScope {
    /** Parameters from all years pooled (COINr's default for a purse, {@code global = TRUE}). */
    GLOBAL,
    /** Parameters from each year alone (COINr's {@code global = FALSE}). */
    PER_YEAR;

    /** {@return the name used in options and output: {@code global} or {@code per-year}} */
    public String label() {
        return this == GLOBAL ? "global" : "per-year";
    }
}
