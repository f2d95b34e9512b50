package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of an uncertainty or sensitivity analysis of a composite index: per economy its
 * nominal rank, rank interval, mean absolute rank shift and (Sobol analysis) the indices of each
 * assumption on its rank and score; and COINr's summary, the mean over economies of |rank −
 * nominal rank| per run, with its distribution and (Sobol analysis) indices.
 *
 * @param target          the node whose ranks and scores were analysed (by default the index)
 * @param assumptions     the assumption names, in order (copied)
 * @param alternatives    the labels of each assumption's alternatives (copied)
 * @param sensitivity     whether this is a Sobol analysis (else Monte Carlo)
 * @param runs            the number of runs: N for Monte Carlo, N (2 + d′) for Sobol
 * @param failedRuns      the runs whose pipeline failed ({@link FailurePolicy#MISSING})
 * @param lowProbability  the probability of the low rank quantile (default 0.05)
 * @param highProbability the probability of the high rank quantile (default 0.95)
 * @param economies       one entry per economy of the data, in data order (copied)
 * @param summary         the distribution over runs of COINr's summary, the mean over economies
 *                        of |rank − nominal rank|; its mean is the mean absolute rank shift
 * @param summaryIndices  the Sobol indices of each assumption on the summary (COINr's
 *                        sensitivity output; empty for Monte Carlo; copied)
 * @param runMatrix       every run: the chosen alternative of each assumption (its index) and
 *                        the 2E + 1 outputs (E ranks, E scores, the summary)
 */
public record IndexUncertaintyResult(String target, List<String> assumptions, List<List<String>> alternatives,
        boolean sensitivity, int runs, int failedRuns, double lowProbability, double highProbability,
        List<EconomyUncertainty> economies, OutputDistribution summary, List<SobolIndex> summaryIndices,
        RunMatrix runMatrix) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public IndexUncertaintyResult {
        if (target == null || assumptions == null || alternatives == null || economies == null || summary == null
                || summaryIndices == null || runMatrix == null) {
            throw new IllegalArgumentException("arguments must not be null");
        }
        assumptions = List.copyOf(assumptions);
        List<List<String>> labels = new ArrayList<>();
        for (List<String> l : alternatives) {
            labels.add(List.copyOf(l));
        }
        alternatives = List.copyOf(labels);
        economies = List.copyOf(economies);
        summaryIndices = List.copyOf(summaryIndices);
    }

    /**
     * Returns the mean absolute rank shift over runs and economies (COINr's summary statistic).
     *
     * @return the mean of {@link #summary()}
     */
    public double meanAbsoluteRankShift() {
        return summary.mean();
    }

    /**
     * Returns the entry of one economy.
     *
     * @param code the economy's code
     * @return its entry
     * @throws IllegalArgumentException if the data hold no such economy
     */
    public EconomyUncertainty economy(String code) {
        for (EconomyUncertainty e : economies) {
            if (e.economy().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no economy " + code);
    }

    /**
     * Returns the per-economy results as a table: economy, nominal_rank, median_rank,
     * rank_q{low}, rank_q{high}, mean_abs_rank_shift, nominal_score, median_score, score_q{low},
     * score_q{high}, then for a Sobol analysis per assumption a: S_rank[a], ST_rank[a],
     * S_score[a], ST_score[a] (quantile columns named by percent, as rank_q5 and rank_q95).
     *
     * @return the table
     */
    public ResultTable table() {
        String lo = percent(lowProbability);
        String hi = percent(highProbability);
        List<String> columns = new ArrayList<>(List.of("economy", "nominal_rank", "median_rank", "rank_q" + lo,
                "rank_q" + hi, "mean_abs_rank_shift", "nominal_score", "median_score", "score_q" + lo, "score_q" + hi));
        if (sensitivity) {
            for (String a : assumptions) {
                columns.addAll(List.of("S_rank[" + a + "]", "ST_rank[" + a + "]", "S_score[" + a + "]",
                        "ST_score[" + a + "]"));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EconomyUncertainty e : economies) {
            List<Object> row = new ArrayList<>(List.of(e.economy(), e.nominalRank(), e.medianRank(), e.rankLow(),
                    e.rankHigh(), e.meanAbsoluteRankShift(), e.nominalScore(), e.medianScore(), e.scoreLow(),
                    e.scoreHigh()));
            if (sensitivity) {
                for (int a = 0; a < assumptions.size(); a++) {
                    row.add(e.rankIndices().get(a).firstOrder());
                    row.add(e.rankIndices().get(a).total());
                    row.add(e.scoreIndices().get(a).firstOrder());
                    row.add(e.scoreIndices().get(a).total());
                }
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    private static String percent(double p) {
        double x = p * 100;
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
