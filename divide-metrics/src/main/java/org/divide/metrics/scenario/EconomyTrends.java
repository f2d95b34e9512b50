package org.divide.metrics.scenario;

import org.divide.metrics.dynamics.CatchUp;

/**
 * The starting point of every sample economy: its last observed level and year, its trend growth over the
 * window ({@link CatchUp#growth}), and its weight in the projected years.
 */
final class EconomyTrends {

    private final String[] codes;
    private final int[] years;
    private final double[][] series;
    private final double[] level;
    private final int[] lastYear;
    private final double[] growth;
    private final double[] weight;
    private final int[] weightYear;
    private final double[] weightGrowth;

    private EconomyTrends(int n, int[] years) {
        this.years = years;
        codes = new String[n];
        series = new double[n][];
        level = new double[n];
        lastYear = new int[n];
        growth = new double[n];
        weight = new double[n];
        weightYear = new int[n];
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
                    e.level[j] = x[t];
                    e.lastYear[j] = years[t];
                }
            }
            e.growth[j] = CatchUp.growth(years, x, options.method());
            if (in.weighted()) {
                double[] w = in.weightsOf(i).clone();
                for (int t = 0; t < w.length; t++) {
                    if (w[t] > 0) {
                        e.weight[j] = w[t];
                        e.weightYear[j] = years[t];
                    } else {
                        w[t] = Double.NaN;
                    }
                }
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

    double level(int j) {
        return level[j];
    }

    int lastYear(int j) {
        return lastYear[j];
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

    /** The weights of a projected year: w_i·(1 + p_i)^{year − P_i} (p_i = 0 when held constant). */
    double[] weights(int year) {
        double[] w = new double[codes.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = weightGrowth[j] == 0 ? weight[j]
                    : weight[j] * Math.exp((year - weightYear[j]) * Math.log1p(weightGrowth[j]));
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
