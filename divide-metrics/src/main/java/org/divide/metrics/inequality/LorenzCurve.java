package org.divide.metrics.inequality;

import java.util.Arrays;

/**
 * An empirical Lorenz curve: the points (P_k, L_k), k = 0..n, with P_k the cumulative
 * population share and L_k the cumulative income share of the k poorest observations
 * (P_0 = L_0 = 0, P_n = L_n = 1), as in R ineq's {@code Lc(x, n = w)}. Between the points the
 * curve is linear. The generalised Lorenz curve (Shorrocks 1983) is GL(p) = μ·L(p).
 *
 * <p>References: M. O. Lorenz (1905), Methods of measuring the concentration of wealth,
 * Publications of the American Statistical Association 9(70), 209–219,
 * doi:10.2307/2276207; A. F. Shorrocks (1983), Ranking income distributions, Economica 50(197),
 * 3–17, doi:10.2307/2554117.
 *
 * @param population the cumulative population shares, non-decreasing from 0 to 1; copied
 * @param income     the cumulative income shares at those points; copied
 * @param mean       the mean μ of the distribution
 */
public record LorenzCurve(double[] population, double[] income, double mean) {

    /**
     * Copies and checks the arrays.
     *
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than two
     *                                  points or the population shares are not non-decreasing
     */
    public LorenzCurve {
        if (population == null || income == null) {
            throw new IllegalArgumentException("population and income must not be null");
        }
        if (population.length != income.length) {
            throw new IllegalArgumentException("income has length " + income.length + " but population has length "
                    + population.length);
        }
        if (population.length < 2) {
            throw new IllegalArgumentException("a Lorenz curve needs at least 2 points: " + population.length);
        }
        population = population.clone();
        income = income.clone();
        for (int k = 1; k < population.length; k++) {
            if (!(population[k] >= population[k - 1])) {
                throw new IllegalArgumentException("population[" + k + "] is below population[" + (k - 1) + "]: "
                        + population[k] + " < " + population[k - 1]);
            }
        }
    }

    /** @return a copy of the cumulative population shares */
    @Override
    public double[] population() {
        return population.clone();
    }

    /** @return a copy of the cumulative income shares */
    @Override
    public double[] income() {
        return income.clone();
    }

    /** @return the number of points (n + 1 for n observations) */
    public int size() {
        return population.length;
    }

    /**
     * The income share of the poorest fraction {@code p} of the population, interpolated
     * linearly between the points. Cost O(log n).
     *
     * @param p the population share, in [0, 1]
     * @return L(p)
     * @throws IllegalArgumentException if {@code p} is outside [0, 1]
     */
    public double share(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        int j = Arrays.binarySearch(population, p);
        if (j >= 0) {
            while (j > 0 && population[j - 1] == p) {
                j--;
            }
            return income[j];
        }
        int hi = -j - 1;
        if (hi >= population.length) {
            return income[population.length - 1];
        }
        if (hi == 0) {
            return income[0];
        }
        int lo = hi - 1;
        double t = (p - population[lo]) / (population[hi] - population[lo]);
        return income[lo] + t * (income[hi] - income[lo]);
    }

    /**
     * The generalised Lorenz ordinate μ·L(p).
     *
     * @param p the population share, in [0, 1]
     * @return GL(p)
     * @throws IllegalArgumentException if {@code p} is outside [0, 1]
     */
    public double generalizedShare(double p) {
        return mean * share(p);
    }

    /** @return the generalised Lorenz ordinates μ·L_k at the points */
    public double[] generalizedIncome() {
        double[] g = new double[income.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = mean * income[k];
        }
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LorenzCurve c && Arrays.equals(population, c.population)
                && Arrays.equals(income, c.income) && Double.compare(mean, c.mean) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(population) + Arrays.hashCode(income)) + Double.hashCode(mean);
    }

    @Override
    public String toString() {
        return "LorenzCurve[points=" + population.length + ", mean=" + mean + "]";
    }
}
