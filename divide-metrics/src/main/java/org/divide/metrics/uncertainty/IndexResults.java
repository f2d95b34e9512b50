package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;

/** Builds an {@link IndexUncertaintyResult} from the engine's output. */
final class IndexResults {

    private IndexResults() {
    }

    /**
     * Assembles the result.
     *
     * @param p             the prepared analysis
     * @param distributions the distribution of each of the 2E + 1 outputs (over the base runs for
     *                      a Sobol analysis)
     * @param sensitivities the decomposition of each output, or {@code null} for Monte Carlo
     * @param runs          the runs
     * @return the result
     */
    static IndexUncertaintyResult of(IndexUncertainty.Prepared p, List<OutputDistribution> distributions,
            List<OutputSensitivity> sensitivities, RunMatrix runs) {
        int n = p.economies().size();
        double[] nominalRanks = p.model().nominalRanks();
        double[] nominalScores = p.model().nominalScores();
        int summarised = distributions.get(0).count() + distributions.get(0).missing();
        List<EconomyUncertainty> economies = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            OutputDistribution rank = distributions.get(e);
            OutputDistribution score = distributions.get(n + e);
            double shift = 0;
            int count = 0;
            for (int r = 0; r < summarised; r++) {
                double d = Math.abs(runs.output(r, e) - nominalRanks[e]);
                if (!Double.isNaN(d)) {
                    shift += d;
                    count++;
                }
            }
            List<SobolIndex> rankIndices = sensitivities == null ? List.of() : sensitivities.get(e).indices();
            List<SobolIndex> scoreIndices = sensitivities == null ? List.of() : sensitivities.get(n + e).indices();
            economies.add(new EconomyUncertainty(p.economies().get(e), nominalRanks[e], nominalScores[e],
                    rank.median(), rank.quantile(p.low()), rank.quantile(p.high()),
                    count == 0 ? Double.NaN : shift / count, score.median(), score.quantile(p.low()),
                    score.quantile(p.high()), rankIndices, scoreIndices));
        }
        List<SobolIndex> summaryIndices = sensitivities == null ? List.of() : sensitivities.get(2 * n).indices();
        return new IndexUncertaintyResult(p.target(), p.names(), p.labels(), sensitivities != null, runs.runs(),
                p.model().failures(), p.low(), p.high(), economies, distributions.get(2 * n), summaryIndices, runs);
    }
}
