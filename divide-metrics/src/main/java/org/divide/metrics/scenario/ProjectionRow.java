package org.divide.metrics.scenario;

/**
 * The divide in one year of a projection, on the projection's sample of economies.
 *
 * @param year         the year
 * @param projected    whether the values are projected (after the window) rather than observed
 * @param economies    the economies of the sample (the same in every row)
 * @param projectedEconomies the economies whose value in this year is projected: 0 in observed rows, fewer than
 *                     {@code economies} in a projected year of the window in which some are observed
 * @param gini         the Gini coefficient across the economies (weighted when weights are given)
 * @param theilT       Theil T = GE(1)
 * @param theilL       Theil L, the mean log deviation GE(0)
 * @param betweenShare the between-group share of Theil T, between / total, in [0, 1]; {@code NaN} without
 *                     groups or when Theil T is 0
 * @param band         the 5–95 % bootstrap band of the three measures, or {@code null} (observed years, no
 *                     bootstrap, or the β scenario)
 */
public record ProjectionRow(int year, boolean projected, int economies, int projectedEconomies, double gini, double theilT, double theilL,
        double betweenShare, Band band) {

    /**
     * The 5 % and 95 % quantiles (type 7) of the bootstrap draws of the measures.
     *
     * @param giniLower         Gini, 5 %
     * @param giniUpper         Gini, 95 %
     * @param theilTLower       Theil T, 5 %
     * @param theilTUpper       Theil T, 95 %
     * @param betweenShareLower the between-group share, 5 % ({@code NaN} without groups)
     * @param betweenShareUpper the between-group share, 95 %
     */
    public record Band(double giniLower, double giniUpper, double theilTLower, double theilTUpper,
            double betweenShareLower, double betweenShareUpper) {
    }
}
