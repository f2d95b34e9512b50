package org.divide.metrics.concentration;

/** The scale on which a Herfindahl–Hirschman index is reported. */
public enum HhiScale {

    /** Shares as fractions: HHI = Σ s_i², in {@code [1/n, 1]}. */
    UNIT(1.0),

    /**
     * Shares in percent: HHI = Σ (100 s_i)², in {@code [10 000/n, 10 000]}; the convention of
     * competition authorities (U.S. DOJ/FTC Merger Guidelines, 2023: above 1 800 is "highly
     * concentrated").
     */
    TEN_THOUSAND(10_000.0);

    private final double factor;

    HhiScale(double factor) {
        this.factor = factor;
    }

    /**
     * Converts an HHI on the unit scale to this scale.
     *
     * @param unitHhi the index on the unit scale
     * @return the index on this scale
     */
    double scale(double unitHhi) {
        return unitHhi * factor;
    }
}
