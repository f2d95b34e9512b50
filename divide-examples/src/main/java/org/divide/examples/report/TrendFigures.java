package org.divide.examples.report;

import java.util.Arrays;
import java.util.List;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;

/** The figures of the report over time, each on a balanced panel ({@link TrendSample}). */
final class TrendFigures {

    private TrendFigures() {
    }

    /**
     * Theil T of the first trend indicator by year, split between and within the input's groups, on
     * the balanced panel of the grouped economies.
     *
     * @param input the input, with a grouping and a trend indicator
     * @param rows  receives one row per year kept (none when the measure is undefined for the data)
     * @return the balanced panel
     */
    static TrendSample decomposeOverTime(ReportInput input, List<ReportData.DecompositionRow> rows) {
        Grouping grouping = input.grouping();
        List<String> grouped = input.panel().economies().stream().map(Economy::code)
                .filter(c -> grouping.label(c).isPresent()).toList();
        Panel panel = input.panel().selectEconomies(grouped);
        String code = input.trendIndicators().get(0);
        TrendSample ts = TrendSample.of(panel, code, input.weight(), input.trendYears());
        if (!ts.drawable()) {
            return ts;
        }
        double[][] x = ts.matrix(panel, code);
        double[][] w = input.weight() == null ? null : ts.matrix(panel, input.weight());
        String[] labels = Arrays.stream(ts.economies())
                .mapToObj(e -> grouping.label(panel.economies().get(e).code()).orElseThrow()).toArray(String[]::new);
        int[] years = ts.years();
        try {
            for (int t = 0; t < years.length; t++) {
                double[] wt = w == null ? ReportData.ones(x[t].length) : w[t];
                Decomposition d = Measure.theilT().decompose(x[t], wt, labels);
                rows.add(new ReportData.DecompositionRow(years[t], d.total(), d.within(), d.between()));
            }
        } catch (IllegalArgumentException e) {
            rows.clear();
        }
        return ts;
    }

    /**
     * σ- and β-convergence of every trend indicator on its balanced panel.
     *
     * @param input  the input
     * @param trends receives the balanced panel of every trend indicator
     * @param sigma  receives σ-convergence of each drawable one (Gini, bootstrap bands)
     * @param beta   receives β-convergence of each drawable one, or the reason it could not be fitted
     */
    static void convergence(ReportInput input, List<TrendSample> trends, List<SigmaConvergenceResult> sigma,
            List<ReportData.BetaRow> beta) {
        Panel panel = input.panel();
        SigmaConvergence measure = SigmaConvergence.of(Measure.gini())
                .withBootstrap(Bootstrap.withDefaults().withReplicates(ReportData.SIGMA_REPLICATES).withSeed(input.seed()));
        for (String code : input.trendIndicators()) {
            TrendSample ts = TrendSample.of(panel, code, input.weight(), input.trendYears());
            trends.add(ts);
            if (!ts.drawable()) {
                continue;
            }
            String name = ReportData.indicatorName(input, code);
            double[][] x = ts.matrix(panel, code);
            double[][] w = input.weight() == null ? null : ts.matrix(panel, input.weight());
            int[] years = ts.years();
            try {
                sigma.add(measure.withName(name).compute(years, x, w));
            } catch (IllegalArgumentException e) {
                // a measure undefined for these data (negative values): no σ line, the β row says why
            }
            int last = years.length - 1;
            try {
                beta.add(new ReportData.BetaRow(code, name, years[0], years[last], BetaConvergence.estimate(x[0], x[last],
                        years[last] - years[0], w == null ? null : w[0], null), ""));
            } catch (IllegalArgumentException e) {
                beta.add(new ReportData.BetaRow(code, name, years[0], years[last], null, e.getMessage()));
            }
        }
    }
}
