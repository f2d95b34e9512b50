package org.divide.metrics.scenario;

import org.divide.metrics.dynamics.CatchUp;

/**
 * The observations and trends of every sample economy: its values and weights in the window, its trend
 * growth ({@link CatchUp#growth}) and its weight trend, and the base of a projection to any year — the last
 * observation at or before it.
 */
final class EconomyTrends {

    private final String[] codes;
    private final int[] years;
    private final double[][] series;
    private final double[][] weightSeries;
    private final int[] lastYear;
    private final double[] growth;
    private final double[] weightGrowth;

    private EconomyTrends(int n, int[] years) {
        this.years = years;
        codes = new String[n];
        series = new double[n][];
        weightSeries = new double[n][];
        lastYear = new int[n];
        growth = new double[n];
        weightGrowth = new double[n];
    }

    static EconomyTrends of(ProjectionInput in, SampleSelection s, ProjectionOptions options) {
        int[] years = in.yearsShared();
        EconomyTrends e = new EconomyTrends(s.size(), years);
        for (int j = 0; j < s.size(); j++) {
            int i = s.index()[j];
            e.codes[j] = s.codes().get(j);
            double[] x = in.valuesOf(i);
            e.series[j] = x;
            for (int t = 0; t < x.length; t++) {
                if (!Double.isNaN(x[t])) {
                    e.lastYear[j] = years[t];
                }
            }
            e.growth[j] = CatchUp.growth(years, x, options.method());
            if (in.weighted()) {
                double[] w = in.weightsOf(i).clone();
                for (int t = 0; t < w.length; t++) {
                    if (!(w[t] > 0)) {
                        w[t] = Double.NaN;
                    }
                }
                e.weightSeries[j] = w;
                e.weightGrowth[j] = options.population() == PopulationAssumption.TREND
                        ? CatchUp.growth(years, w, options.method()) : 0;
            }
        }
        return e;
    }

    int size() {
        return codes.length;
    }

    String code(int j) {
        return codes[j];
    }

    double growth(int j) {
        return growth[j];
    }

    int[] lastYears() {
        return lastYear.clone();
    }

    double[] growth() {
        return growth.clone();
    }

    /**
     * The window index of the last observation of a series at or before a year; the first observation when
     * none precedes it.
     */
    private int base(double[] x, int year) {
        int found = -1;
        for (int t = 0; t < x.length; t++) {
            if (!Double.isNaN(x[t])) {
                if (years[t] > year && found >= 0) {
                    break;
                }
                found = t;
                if (years[t] >= year) {
                    break;
                }
            }
        }
        return found;
    }

    /** The year of economy j's base for a year: its last observation at or before it. */
    int baseYear(int j, int year) {
        return years[base(series[j], year)];
    }

    /** Economy j's value in its base year for a year. */
    double baseValue(int j, int year) {
        return series[j][base(series[j], year)];
    }

    /**
     * The weights of a year after the observed rows: each economy's last weight at or before it, carried
     * w·(1 + p)^{year − s} (p = 0 when held constant); {@code null} when the input has no weights.
     */
    double[] weights(int year) {
        if (codes.length > 0 && weightSeries[0] == null) {
            return null;
        }
        double[] w = new double[codes.length];
        for (int j = 0; j < w.length; j++) {
            int s = base(weightSeries[j], year);
            double p = weightGrowth[j];
            w[j] = weightSeries[j][s] * (p == 0 ? 1 : Math.exp((year - years[s]) * Math.log1p(p)));
        }
        return w;
    }

    /** The growth draws of every economy, [economy][draw], each seeded by the seed and the economy's code. */
    double[][] growthDraws(ProjectionOptions options) {
        double[][] out = new double[codes.length][];
        for (int j = 0; j < codes.length; j++) {
            out[j] = CatchUp.growthDraws(years, series[j], options.method(), options.draws(),
                    seed(options.seed(), codes[j]));
        }
        return out;
    }

    /**
     * The seed of one economy's draws: the given seed mixed with the code (SplitMix64's finaliser), so
     * that the draws do not depend on the order of the economies.
     */
    static long seed(long seed, String code) {
        long z = seed + 0x9E3779B97F4A7C15L * (code.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
