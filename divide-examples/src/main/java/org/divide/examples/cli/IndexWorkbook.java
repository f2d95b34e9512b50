package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.CorrelationType;
import org.divide.metrics.analysis.CorrelationTest;
import org.divide.metrics.analysis.Correlations;
import org.divide.metrics.analysis.IndicatorStatistics;
import org.divide.metrics.analysis.IndicatorStats;
import org.divide.metrics.composite.ImputationReport;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.ScreeningReport;
import org.divide.metrics.composite.Stage;
import org.divide.metrics.treat.TreatmentReport;
import org.divide.metrics.treat.WinsorisedPoint;

/**
 * The sheets of {@code divide index --out FILE.xlsx}, after COINr's {@code export_to_excel} (one
 * sheet per data set of the coin, its metadata and its analysis tables), besides the
 * {@code build} sheet that {@link Output} writes first:
 *
 * <ul>
 *   <li>{@code scores}: the scores and ranks of every node, as the CSV output;</li>
 *   <li>{@code Data_Raw}, {@code Data_Denominated}, … {@code Data_Aggregated}: every data set the
 *       build wrote ({@link IndexResult#stages()}: the indicators as read in the year built, one
 *       per data step of the spec, the aggregated set with every node), one row per economy in data
 *       order ({@code economy, name, year}, then one column per indicator or node); the raw set
 *       also has the data's other variables in that year (denominators such as COINr's
 *       {@code Population}), as COINr's raw data set does;</li>
 *   <li>{@code Meta_Ind}: the framework (code, name, parent, level, weight as written, direction,
 *       type); {@code Meta_Weights}: the weights the aggregation used (the framework's or those of
 *       the weights step) and each node's effective weight in the index (the product of the
 *       relative weights down its lineage); {@code Meta_Unit}: the economies with their groups;</li>
 *   <li>{@code Analysis_Stats}: COINr's {@code get_stats} of the raw data with its default
 *       thresholds; {@code Analysis_Correlations}: the Pearson correlation of every node with its
 *       parent (COINr's {@code get_corr(withparent = TRUE)}) in the aggregated set; and the reports
 *       of the steps the spec has: {@code Analysis_Imputation} (every cell filled or left missing),
 *       {@code Analysis_Screening} (every economy's availability and verdict),
 *       {@code Analysis_Treatment} (every indicator's outcome) and {@code Analysis_Winsorised}
 *       (every value treatment changed).</li>
 * </ul>
 */
final class IndexWorkbook {

    private IndexWorkbook() {
    }

    /**
     * The sheets after {@code build}.
     *
     * @param result the index built
     * @param scores the scores table of the command (its CSV output)
     * @return the tables, one per sheet, in order
     */
    static List<Table> tables(IndexResult result, Table scores) {
        List<Table> tables = new ArrayList<>();
        tables.add(scores);
        Set<String> names = new HashSet<>();
        for (Stage stage : result.stages()) {
            String name = "Data_" + stage.name();
            for (int k = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
                name = "Data_" + stage.name() + "_" + k;
            }
            tables.add(data(name, stage, result));
        }
        tables.add(framework(result.spec().framework()));
        tables.add(weights(result));
        tables.add(units(result));
        tables.add(statistics(result));
        tables.add(correlations(result));
        result.imputation().ifPresent(report -> tables.add(imputation(report, result.data().panel())));
        result.screening().ifPresent(report -> tables.add(screening(report, result.data().panel())));
        if (!result.treatment().isEmpty()) {
            tables.add(treatment(result.treatment()));
            tables.add(winsorised(result.treatment(), result.treated().economies(), result.data().panel()));
        }
        return tables;
    }

    /**
     * An economy's name from the panel, or its code when the panel does not know it.
     *
     * @param panel the panel
     * @param code  the economy code
     * @return the name
     */
    static String economyName(Panel panel, String code) {
        return panel.economyIndex(code) >= 0 ? panel.economy(code).name() : code;
    }

    private static Table data(String name, Stage stage, IndexResult result) {
        List<String> header = new ArrayList<>(List.of("economy", "name", "year"));
        header.addAll(stage.codes());
        List<double[]> columns = new ArrayList<>(List.of(stage.columns()));
        if (stage == result.raw()) {
            Panel panel = result.data().panel();
            int year = panel.yearIndex(result.year());
            for (int i = 0; i < panel.indicatorCount() && year >= 0; i++) {
                String code = panel.indicators().get(i).code();
                if (!stage.contains(code)) {
                    header.add(code);
                    double[] column = new double[stage.economies().size()];
                    for (int e = 0; e < column.length; e++) {
                        int at = panel.economyIndex(stage.economies().get(e));
                        column[e] = at < 0 ? Double.NaN : panel.value(at, i, year);
                    }
                    columns.add(column);
                }
            }
        }
        Table.Builder t = new Table.Builder(name, header);
        List<String> economies = stage.economies();
        for (int e = 0; e < economies.size(); e++) {
            List<Object> row = new ArrayList<>(header.size());
            row.add(economies.get(e));
            row.add(economyName(result.data().panel(), economies.get(e)));
            row.add(result.year());
            for (double[] column : columns) {
                row.add(column[e]);
            }
            t.add(row);
        }
        return t.build();
    }

    private static Table framework(Framework framework) {
        Table.Builder t = new Table.Builder("Meta_Ind", List.of("code", "name", "parent", "level", "weight",
                "direction", "type"));
        for (String code : IndexCommand.columnOrder(framework)) {
            Framework.Node n = framework.node(code);
            t.add(n.code(), n.name(), n.parent(), n.level(), n.weight(),
                    n.direction().name().toLowerCase(java.util.Locale.ROOT),
                    n.isIndicator() ? "Indicator" : "Aggregate");
        }
        return t.build();
    }

    private static Table weights(IndexResult result) {
        Framework framework = result.spec().framework();
        Map<String, Double> used = result.weights();
        Framework withUsed = framework;
        for (Map.Entry<String, Double> w : used.entrySet()) {
            withUsed = withUsed.withWeight(w.getKey(), w.getValue());
        }
        Table.Builder t = new Table.Builder("Meta_Weights", List.of("code", "parent", "level", "weight",
                "effective_weight"));
        for (String code : IndexCommand.columnOrder(framework)) {
            Framework.Node n = framework.node(code);
            t.add(code, n.parent(), n.level(), used.getOrDefault(code, n.weight()), withUsed.effectiveWeight(code));
        }
        return t.build();
    }

    private static Table units(IndexResult result) {
        Map<String, Grouping> groupings = new java.util.TreeMap<>(result.data().groupings());
        List<String> header = new ArrayList<>(List.of("economy", "name", "in_index"));
        header.addAll(groupings.keySet());
        Set<String> kept = new HashSet<>(result.economies());
        Table.Builder t = new Table.Builder("Meta_Unit", header);
        for (String code : result.raw().economies()) {
            List<Object> row = new ArrayList<>(List.of(code, economyName(result.data().panel(), code),
                    kept.contains(code)));
            for (Grouping g : groupings.values()) {
                row.add(g.label(code).orElse(null));
            }
            t.add(row);
        }
        return t.build();
    }

    private static Table statistics(IndexResult result) {
        Table.Builder t = new Table.Builder("Analysis_Stats", List.of("code", "min", "max", "mean", "median", "sd",
                "skewness", "kurtosis", "available", "non_zero", "unique", "same", "available_share",
                "non_zero_share", "unique_share", "same_share", "low_availability", "low_non_zero", "low_unique",
                "outliers"));
        for (IndicatorStats s : IndicatorStatistics.coinr().of(result.raw())) {
            t.add(s.code(), s.min(), s.max(), s.mean(), s.median(), s.sd(), s.skewness(), s.kurtosis(),
                    s.available(), s.nonZero(), s.unique(), s.same(), s.availableShare(), s.nonZeroShare(),
                    s.uniqueShare(), s.sameShare(), s.lowAvailability(), s.lowNonZero(), s.lowUnique(),
                    s.outliers());
        }
        return t.build();
    }

    private static Table correlations(IndexResult result) {
        Framework framework = result.spec().framework();
        Table.Builder t = new Table.Builder("Analysis_Correlations", List.of("code", "level", "parent", "r", "p",
                "n"));
        for (int level = framework.levels() - 1; level >= 1; level--) {
            for (Map.Entry<String, CorrelationTest> c : Correlations.withParents(result, level,
                    CorrelationType.PEARSON).entrySet()) {
                t.add(c.getKey(), level, framework.node(c.getKey()).parent(), c.getValue().r(), c.getValue().p(),
                        c.getValue().n());
            }
        }
        return t.build();
    }

    private static Table imputation(ImputationReport report, Panel panel) {
        Table.Builder t = new Table.Builder("Analysis_Imputation", List.of("economy", "name", "indicator", "value",
                "status", "method"));
        for (ImputationReport.Cell c : report.imputed()) {
            t.add(c.economy(), economyName(panel, c.economy()), c.indicator(), c.value(), "imputed", report.method());
        }
        for (ImputationReport.Cell c : report.remaining()) {
            t.add(c.economy(), economyName(panel, c.economy()), c.indicator(), null, "missing", report.method());
        }
        return t.build();
    }

    private static Table screening(ScreeningReport report, Panel panel) {
        Table.Builder t = new Table.Builder("Analysis_Screening", List.of("economy", "name", "availability",
                "non_zero_share", "verdict", "kept"));
        for (ScreeningReport.Entry e : report.entries()) {
            t.add(e.economy(), economyName(panel, e.economy()), e.availability(), e.nonZeroShare(),
                    e.verdict().name().toLowerCase(java.util.Locale.ROOT), e.verdict().kept());
        }
        return t.build();
    }

    private static Table treatment(Map<String, TreatmentReport> reports) {
        Table.Builder t = new Table.Builder("Analysis_Treatment", List.of("indicator", "outcome", "winsorised",
                "transform", "skewness_before", "kurtosis_before", "skewness_after", "kurtosis_after",
                "passes_after"));
        reports.forEach((code, r) -> t.add(code, r.outcome().name().toLowerCase(java.util.Locale.ROOT),
                r.winsorisedCount(), r.transform(), r.before().skewness(), r.before().kurtosis(),
                r.after().skewness(), r.after().kurtosis(), r.after().passes()));
        return t.build();
    }

    private static Table winsorised(Map<String, TreatmentReport> reports, List<String> economies, Panel panel) {
        Table.Builder t = new Table.Builder("Analysis_Winsorised", List.of("indicator", "economy", "name",
                "original", "treated", "side"));
        reports.forEach((code, r) -> {
            for (WinsorisedPoint p : r.points()) {
                String economy = economies.get(p.index());
                t.add(code, economy, economyName(panel, economy), p.original(), p.treated(), p.high() ? "high"
                        : "low");
            }
        });
        return t.build();
    }
}
