package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.concentration.QuantileDefinition;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.uncertainty.EconomyUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.RunMatrix;
import org.divide.metrics.uncertainty.SobolIndex;

/**
 * The tables of {@code divide uncertainty}: {@code economies} (best nominal rank first, names beside
 * codes), {@code summary}, {@code assumptions} and, for a Sobol analysis, {@code sensitivity}.
 *
 * <p>Ranks are summarised as COINr's {@code get_sensitivity} ({@code RankStats}: nominal, median,
 * mean, 5% and 95% quantiles of the rank over the runs; for a Sobol analysis over the 2N base runs).
 * Scores are all on the nominal build's scale: each run's scores s of the target node are mapped
 * linearly onto the nominal scores' range, s′ = m + (s − a)(M − m)/(b − a), with [a, b] the run's
 * range and [m, M] the nominal one (a run whose scores are all equal is left out), and the median
 * and quantiles are taken over s′ (type 7, as R's {@code quantile}). A run that varies nothing thus
 * gives the nominal score exactly; a run under another normalisation (z-scores around 10) is no
 * longer compared on its own scale. The Sobol indices shown per economy are those on the rank (the
 * library's indices on raw scores mix scale and order, and are left out).
 */
final class UncertaintyTables {

    /** The low probability of the rank and score intervals. */
    static final double LOW = 0.05;
    /** The high probability of the rank and score intervals. */
    static final double HIGH = 0.95;

    private UncertaintyTables() {
    }

    /**
     * Builds the tables.
     *
     * @param result       the analysis
     * @param data         the data it ran on (for the economies' names and the year)
     * @param descriptions what each assumption varies, in the result's assumption order
     * @param samples      N, the Monte Carlo runs or the Sobol base sample
     * @return the tables
     */
    static List<Table> of(IndexUncertaintyResult result, IndexData data, List<String> descriptions, int samples) {
        return of(result, data, descriptions, samples, null);
    }

    /**
     * The tables, with a {@code group} column in {@code economies} and a {@code groups} table (per
     * group: the economies, the mean width of the 5–95% rank interval, the mean absolute rank
     * shift) when a grouping is given.
     *
     * @param result       the analysis
     * @param data         the data it ran on
     * @param descriptions what each assumption varies
     * @param samples      N, the Monte Carlo runs or the Sobol base sample
     * @param group        the grouping of {@code --group}, or {@code null}
     * @return the tables
     */
    static List<Table> of(IndexUncertaintyResult result, IndexData data, List<String> descriptions, int samples,
            Grouping group) {
        List<Table> tables = new ArrayList<>();
        tables.add(economies(result, data.panel(), samples, group));
        if (group != null) {
            tables.add(groups(result, group));
        }
        tables.add(new Table.Builder("summary", List.of("target", "analysis", "year", "economies", "runs",
                "failed_runs", "mean_abs_rank_shift")).add(result.target(),
                result.sensitivity() ? "sobol" : "monte-carlo", data.year(), result.economies().size(),
                result.runs(), result.failedRuns(), result.meanAbsoluteRankShift()).build());
        Table.Builder assumptions = new Table.Builder("assumptions", List.of("assumption", "alternatives",
                "varied"));
        for (int a = 0; a < result.assumptions().size(); a++) {
            assumptions.add(result.assumptions().get(a), result.alternatives().get(a).size(), descriptions.get(a));
        }
        tables.add(assumptions.build());
        if (result.sensitivity()) {
            Table.Builder sensitivity = new Table.Builder("sensitivity", List.of("assumption", "S", "S_lower",
                    "S_upper", "ST", "ST_lower", "ST_upper"));
            for (SobolIndex s : result.summaryIndices()) {
                sensitivity.add(s.input(), s.firstOrder(), s.firstLower(), s.firstUpper(), s.total(), s.totalLower(),
                        s.totalUpper());
            }
            tables.add(sensitivity.build());
        }
        return tables;
    }

    private static Table groups(IndexUncertaintyResult result, Grouping group) {
        Table.Builder t = new Table.Builder("groups", List.of("group", "economies", "mean_rank_interval_width",
                "mean_abs_rank_shift"));
        for (String label : group.labels()) {
            List<EconomyUncertainty> members = result.economies().stream()
                    .filter(u -> group.label(u.economy()).filter(label::equals).isPresent()).toList();
            if (!members.isEmpty()) {
                t.add(label, members.size(), members.stream().mapToDouble(u -> u.rankHigh() - u.rankLow()).average()
                        .orElse(Double.NaN), members.stream().mapToDouble(EconomyUncertainty::meanAbsoluteRankShift)
                                .average().orElse(Double.NaN));
            }
        }
        return t.build();
    }

    private static Table economies(IndexUncertaintyResult result, Panel panel, int samples, Grouping group) {
        List<EconomyUncertainty> economies = result.economies();
        int n = economies.size();
        RunMatrix runs = result.runMatrix();
        int base = result.sensitivity() ? Math.min(2 * samples, runs.runs()) : runs.runs();
        double[][] rescaled = rescaledScores(result, base);
        List<String> header = new ArrayList<>(List.of("economy", "name", "nominal_rank", "median_rank", "rank_q5",
                "rank_q95", "mean_rank", "mean_abs_rank_shift", "nominal_score", "median_score", "score_q5",
                "score_q95"));
        if (group != null) {
            header.add(2, "group");
        }
        if (result.sensitivity()) {
            for (String a : result.assumptions()) {
                header.add("S_rank[" + a + "]");
                header.add("ST_rank[" + a + "]");
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            order.add(e);
        }
        order.sort(Comparator.comparingDouble((Integer e) -> {
            double r = economies.get(e).nominalRank();
            return Double.isNaN(r) ? Double.MAX_VALUE : r;
        }));
        Table.Builder table = new Table.Builder("economies", header);
        for (int e : order) {
            EconomyUncertainty u = economies.get(e);
            double[] q = quantiles(rescaled[e]);
            List<Object> row = new ArrayList<>(List.of(u.economy(),
                    panel.economyIndex(u.economy()) >= 0 ? panel.economy(u.economy()).name() : u.economy()));
            if (group != null) {
                row.add(group.label(u.economy()).orElse(null));
            }
            row.add(Table.rank(u.nominalRank()));
            row.add(u.medianRank());
            row.add(u.rankLow());
            row.add(u.rankHigh());
            row.add(meanRank(runs, e, base));
            row.add(u.meanAbsoluteRankShift());
            row.add(u.nominalScore());
            row.add(q[0]);
            row.add(q[1]);
            row.add(q[2]);
            if (result.sensitivity()) {
                for (int a = 0; a < result.assumptions().size(); a++) {
                    row.add(u.rankIndices().get(a).firstOrder());
                    row.add(u.rankIndices().get(a).total());
                }
            }
            table.add(row);
        }
        return table.build();
    }

    /**
     * Every economy's scores over the first {@code base} runs, mapped onto the nominal range.
     *
     * @return [economy][run], {@code NaN} where a run failed, dropped the economy or had no range
     */
    private static double[][] rescaledScores(IndexUncertaintyResult result, int base) {
        List<EconomyUncertainty> economies = result.economies();
        int n = economies.size();
        double[] nominal = new double[n];
        for (int e = 0; e < n; e++) {
            nominal[e] = economies.get(e).nominalScore();
        }
        double[] range = range(nominal);
        double[][] out = new double[n][base];
        RunMatrix runs = result.runMatrix();
        double[] s = new double[n];
        for (int r = 0; r < base; r++) {
            for (int e = 0; e < n; e++) {
                s[e] = runs.output(r, n + e);
            }
            double[] own = range(s);
            boolean same = own[0] == range[0] && own[1] == range[1];
            double width = own[1] - own[0];
            for (int e = 0; e < n; e++) {
                out[e][r] = same ? s[e] : !(width > 0) ? Double.NaN
                        : range[0] + (s[e] - own[0]) * ((range[1] - range[0]) / width);
            }
        }
        return out;
    }

    /** The finite minimum and maximum, or {@code NaN}s when there is no finite value. */
    private static double[] range(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    /** The median and the {@link #LOW} and {@link #HIGH} quantiles of the finite values. */
    private static double[] quantiles(double[] x) {
        double[] finite = Arrays.stream(x).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return Quantiles.quantiles(finite, null, new double[] {0.5, LOW, HIGH}, QuantileDefinition.TYPE_7);
    }

    private static double meanRank(RunMatrix runs, int economy, int base) {
        double sum = 0;
        int count = 0;
        for (int r = 0; r < base; r++) {
            double rank = runs.output(r, economy);
            if (!Double.isNaN(rank)) {
                sum += rank;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
