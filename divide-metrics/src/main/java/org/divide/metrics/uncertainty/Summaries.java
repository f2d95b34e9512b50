package org.divide.metrics.uncertainty;

import java.util.Arrays;
import org.divide.metrics.internal.numeric.SortedQuantiles;

/** Summarises one output over runs: {@link OutputDistribution}. */
final class Summaries {

    private Summaries() {
    }

    /**
     * Summarises values {@code [from, to)} of {@code y}.
     *
     * @param y             the values (read only)
     * @param from          the first run
     * @param to            one past the last run
     * @param probabilities the quantile probabilities, ascending, in [0, 1]
     * @return the distribution
     */
    static OutputDistribution summarise(double[] y, int from, int to, double[] probabilities) {
        double[] s = Arrays.copyOfRange(y, from, to);
        Arrays.sort(s);
        int n = Quantiles.countNotNaN(s);
        double[] q = new double[probabilities.length];
        if (n == 0) {
            Arrays.fill(q, Double.NaN);
            return new OutputDistribution(0, s.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    probabilities, q);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s[i];
        }
        double mean = sum / n;
        double correction = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double e = s[i] - mean;
            correction += e;
            squares += e * e;
        }
        if (Double.isFinite(correction)) {
            mean += correction / n; // second pass (Ling 1974): mean of the residuals
        }
        for (int i = 0; i < q.length; i++) {
            q[i] = SortedQuantiles.type7(s, n, probabilities[i]);
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (squares - correction * correction / n) / (n - 1)));
        return new OutputDistribution(n, s.length - n, mean, sd, s[0], SortedQuantiles.type7(s, n, 0.5), s[n - 1],
                probabilities, q);
    }
}
