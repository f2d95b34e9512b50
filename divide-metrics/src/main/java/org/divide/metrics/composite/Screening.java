package org.divide.metrics.composite;

import java.util.ArrayList;
import java.util.List;

import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;

/**
 * {@link Screen}: keeps an economy whose availability and/or non-zero share reach the thresholds,
 * as COINr's {@code Screen}; forced entries override.
 */
final class Screening implements DataStep {

    private final Screen step;

    Screening(Screen step) {
        this.step = step;
    }

    /**
     * Checks that the forced economies exist.
     *
     * @param data the data
     */
    void check(IndexData data) {
        for (List<String> forced : List.of(step.forceInclude(), step.forceExclude())) {
            for (String code : forced) {
                if (!data.economies().contains(code)) {
                    throw new IllegalArgumentException("Screen: forced economy " + code + " is not in the data");
                }
            }
        }
    }

    @Override
    public Outcome apply(Work in, Bound data) {
        double[][] x = in.columns();
        int n = in.size();
        int k = x.length;
        List<ScreeningReport.Entry> entries = new ArrayList<>(n);
        int[] keep = new int[n];
        int kept = 0;
        ScreenRule rule = step.rule();
        for (int e = 0; e < n; e++) {
            int missing = 0;
            int zeros = 0;
            for (double[] column : x) {
                double v = column[e];
                if (Double.isNaN(v)) {
                    missing++;
                } else if (v == 0) {
                    zeros++;
                }
            }
            double availability = 1 - (double) missing / k;
            double nonZero = missing == k ? Double.NaN : 1 - (double) zeros / (k - missing);
            boolean lowData = rule instanceof ScreenRule.OnAvailability a && !(availability >= a.availabilityThreshold());
            boolean lowNonZero = rule instanceof ScreenRule.OnZeros z && !(nonZero >= z.nonZeroThreshold());
            String code = in.economies().get(e);
            ScreeningReport.Verdict v;
            if (step.forceInclude().contains(code)) {
                v = ScreeningReport.Verdict.FORCED_IN;
            } else if (step.forceExclude().contains(code)) {
                v = ScreeningReport.Verdict.FORCED_OUT;
            } else if (lowData && lowNonZero) {
                v = ScreeningReport.Verdict.LOW_AVAILABILITY_AND_TOO_MANY_ZEROS;
            } else if (lowData) {
                v = ScreeningReport.Verdict.LOW_AVAILABILITY;
            } else if (lowNonZero) {
                v = ScreeningReport.Verdict.TOO_MANY_ZEROS;
            } else {
                v = ScreeningReport.Verdict.KEPT;
            }
            entries.add(new ScreeningReport.Entry(code, availability, nonZero, v));
            if (v.kept()) {
                keep[kept++] = e;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException("Screen: no economy passes the screening (" + rule + ")");
        }
        ScreeningReport report = new ScreeningReport(entries);
        if (kept == n) {
            return new Outcome(in, report);
        }
        int[] rows = new int[kept];
        List<String> economies = new ArrayList<>(kept);
        double[][] out = new double[k][kept];
        for (int j = 0; j < kept; j++) {
            rows[j] = in.rows()[keep[j]];
            economies.add(in.economies().get(keep[j]));
            for (int i = 0; i < k; i++) {
                out[i][j] = x[i][keep[j]];
            }
        }
        return new Outcome(new Work(rows, List.copyOf(economies), out), report);
    }
}
