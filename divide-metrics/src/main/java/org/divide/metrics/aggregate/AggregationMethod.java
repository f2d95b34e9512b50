package org.divide.metrics.aggregate;

/** The row-wise aggregation methods, each with the name of the COINr function it matches. */
public enum AggregationMethod {
    /** Weighted arithmetic mean {@code Σwx / Σw} (COINr {@code a_amean}). */
    ARITHMETIC("a_amean"),
    /** Weighted geometric mean {@code exp(Σw ln x / Σw)} (COINr {@code a_gmean}). */
    GEOMETRIC("a_gmean"),
    /** Weighted harmonic mean {@code Σw / Σ(w/x)} (COINr {@code a_hmean}). */
    HARMONIC("a_hmean"),
    /** Weighted power mean {@code (Σw x^p / Σw)^(1/p)} (COINr {@code a_genmean}). */
    GENERALISED("a_genmean"),
    /** Weighted median (COINr's vignette definition; not built into COINr). */
    MEDIAN("weighted median");

    private final String coinrName;

    AggregationMethod(String coinrName) {
        this.coinrName = coinrName;
    }

    /**
     * The name of the COINr function that computes this method.
     *
     * @return for example {@code "a_amean"}
     */
    public String coinrName() {
        return coinrName;
    }
}
