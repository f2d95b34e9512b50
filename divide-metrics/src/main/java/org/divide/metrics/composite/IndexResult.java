package org.divide.metrics.composite;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.StepKind;
import org.divide.metrics.rank.Ranking;
import org.divide.metrics.treat.TreatmentReport;
import org.divide.metrics.weights.OptimisedWeights;

/**
 * The result of running an {@link IndexSpec}: every stage, the scores of every node, their
 * competition ranks, the weights used and the reports of the steps. Immutable; every array
 * returned is a copy.
 *
 * <p><b>Stages.</b> {@link #stages()} lists the data sets in the order they were written: "Raw"
 * (the framework's indicators in the year built), one per data step, and "Aggregated" (the data set
 * fed to the aggregation for the indicators, then every aggregate). The named accessors
 * ({@link #denominated()}, {@link #imputed()} …) return a step's data set, or — when the spec has
 * no such step — the data set before it in the canonical order, as COINr's data sets read when a
 * step is skipped.
 *
 * <p><b>Ranks</b> are competition ranks, the highest score first and ties sharing the best rank
 * ("1224"), missing scores unranked: R's {@code rank(-x, ties.method = "min", na.last = "keep")}
 * as in COINr's {@code get_results}. They are computed when asked for.
 */
public final class IndexResult {

    private final IndexSpec spec;
    private final IndexData data;
    private final List<Stage> stages;
    private final Map<StepKind, Stage> byKind;
    /** The works behind the stages, for reruns: raw, then one per data step. */
    private final List<Work> works;
    private final List<Object> reports;
    private final Stage aggregated;
    private final double[] weights;
    private final OptimisedWeights.Result optimisation;

    IndexResult(IndexSpec spec, IndexData data, List<Stage> stages, Map<StepKind, Stage> byKind, List<Work> works,
            List<Object> reports, double[] weights, OptimisedWeights.Result optimisation) {
        this.spec = spec;
        this.data = data;
        this.stages = stages;
        this.byKind = byKind;
        this.works = works;
        this.reports = reports;
        this.aggregated = stages.get(stages.size() - 1);
        this.weights = weights;
        this.optimisation = optimisation;
    }

    /** {@return the spec that was run} */
    public IndexSpec spec() {
        return spec;
    }

    /** {@return the data it was run on} */
    public IndexData data() {
        return data;
    }

    /** {@return the year built} */
    public int year() {
        return data.year();
    }

    /** {@return every data set, in the order written: raw, one per data step, aggregated (unmodifiable)} */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * The data set a step wrote.
     *
     * @param kind the step's kind
     * @return the data set, or empty if the spec has no such step ({@link StepKind#WEIGHTS} writes none)
     */
    public Optional<Stage> stage(StepKind kind) {
        return Optional.ofNullable(kind == StepKind.AGGREGATE ? aggregated : byKind.get(kind));
    }

    /** {@return the raw data: the framework's indicators in the year built} */
    public Stage raw() {
        return stages.get(0);
    }

    /** {@return the denominated data, or the raw data without a denominate step} */
    public Stage denominated() {
        return byKind.getOrDefault(StepKind.DENOMINATE, raw());
    }

    /** {@return the imputed data, or {@link #denominated()} without an impute step} */
    public Stage imputed() {
        return byKind.getOrDefault(StepKind.IMPUTE, denominated());
    }

    /** {@return the screened data, or {@link #imputed()} without a screen step} */
    public Stage screened() {
        return byKind.getOrDefault(StepKind.SCREEN, imputed());
    }

    /** {@return the treated data, or {@link #screened()} without a treat step} */
    public Stage treated() {
        return byKind.getOrDefault(StepKind.TREAT, screened());
    }

    /** {@return the normalised data, or {@link #treated()} without a normalise step} */
    public Stage normalised() {
        return byKind.getOrDefault(StepKind.NORMALISE, treated());
    }

    /** {@return the aggregated data set: the indicators as aggregated, then every aggregate node} */
    public Stage aggregated() {
        return aggregated;
    }

    /** {@return the economies of the index (after screening), in data order (unmodifiable)} */
    public List<String> economies() {
        return aggregated.economies();
    }

    /**
     * The scores of a node: an aggregate's score, or an indicator's value as aggregated.
     *
     * @param node the node's code
     * @return a copy of its scores over {@link #economies()}
     * @throws IllegalArgumentException if the framework has no such node
     */
    public double[] scores(String node) {
        return aggregated.column(node);
    }

    /** {@return the index scores: the scores of the framework's root} */
    public double[] indexScores() {
        return scores(spec.framework().root().code());
    }

    /**
     * The competition ranks of a node, the highest score ranked 1.
     *
     * @param node the node's code
     * @return the ranks over {@link #economies()}, {@code NaN} where the score is missing
     * @throws IllegalArgumentException if the framework has no such node
     */
    public double[] ranks(String node) {
        return Ranking.competition(aggregated.columnRef(node));
    }

    /**
     * The competition ranks of a node within the groups of a grouping (COINr's group ranks).
     *
     * @param node     the node's code
     * @param grouping the grouping; economies without a label get {@code NaN}
     * @return the ranks within each group over {@link #economies()}
     * @throws IllegalArgumentException if the framework has no such node
     */
    public double[] ranksWithin(String node, Grouping grouping) {
        List<String> economies = economies();
        String[] labels = new String[economies.size()];
        for (int e = 0; e < labels.length; e++) {
            labels[e] = grouping.label(economies.get(e)).orElse(null);
        }
        return Ranking.competitionWithinGroups(aggregated.columnRef(node), labels);
    }

    /** {@return the ranks of every node, as a data set named "Ranks" of the aggregated stage's shape} */
    public Stage rankStage() {
        double[][] cols = aggregated.columnsRef();
        double[][] ranks = new double[cols.length][];
        for (int c = 0; c < cols.length; c++) {
            ranks[c] = Ranking.competition(cols[c]);
        }
        List<String> codes = aggregated.codes();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            index.put(codes.get(c), c);
        }
        return Stage.wrap("Ranks", economies(), codes, index, ranks);
    }

    /**
     * The weights used, relative within each node's children (the framework's, or those of the
     * weights step).
     *
     * @return node code → weight, in aggregation order (unmodifiable)
     */
    public Map<String, Double> weights() {
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> codes = aggregated.codes();
        for (int k = 0; k < codes.size(); k++) {
            m.put(codes.get(k), weights[k]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * A data set of this result as a panel of the year built, for writers: the stage's economies
     * (as in the data's panel) and one variable per column, named and directed as its node of the
     * framework, with the stage's name as unit (e.g. {@code "Normalised"}) and source
     * {@code "divide composite"}.
     *
     * @param stage a stage of this result, e.g. {@link #aggregated()} or {@link #rankStage()}
     * @return the panel
     */
    public Panel toPanel(Stage stage) {
        Panel source = data.panel();
        Panel.Builder b = Panel.builder().addYear(data.year());
        for (String e : stage.economies()) {
            b.addEconomy(source.economy(e));
        }
        for (String code : stage.codes()) {
            Framework.Node node = spec.framework().node(code);
            b.addIndicator(new Indicator(code, node.name(), stage.name(), node.direction(), "divide composite"));
            b.putColumn(code, data.year(), stage.columnRef(code));
        }
        return b.build();
    }

    /** {@return the optimiser's result when the weights step optimised them, else empty} */
    public Optional<OptimisedWeights.Result> optimisation() {
        return Optional.ofNullable(optimisation);
    }

    /** {@return what imputation did, or empty without an impute step} */
    public Optional<ImputationReport> imputation() {
        return report(StepKind.IMPUTE, ImputationReport.class);
    }

    /** {@return what screening did, or empty without a screen step} */
    public Optional<ScreeningReport> screening() {
        return report(StepKind.SCREEN, ScreeningReport.class);
    }

    /**
     * What outlier treatment did to each indicator.
     *
     * @return indicator code → report, in framework order; empty without a treat step
     */
    @SuppressWarnings("unchecked")
    public Map<String, TreatmentReport> treatment() {
        return report(StepKind.TREAT, Map.class).map(m -> (Map<String, TreatmentReport>) m).orElse(Map.of());
    }

    private <T> Optional<T> report(StepKind kind, Class<T> type) {
        List<StepKind> kinds = dataKinds();
        int i = kinds.indexOf(kind);
        return i < 0 ? Optional.empty() : Optional.of(type.cast(reports.get(i)));
    }

    /** {@return the kinds of the data steps, in run order} */
    List<StepKind> dataKinds() {
        return spec.steps().stream().map(s -> s.kind())
                .filter(k -> k != StepKind.WEIGHTS && k != StepKind.AGGREGATE).toList();
    }

    /** {@return the works behind raw and each data step} */
    List<Work> works() {
        return works;
    }

    /** {@return the reports of the data steps, in run order} */
    List<Object> reports() {
        return reports;
    }

    /**
     * An empty stage map, for the compiler.
     *
     * @return a new map
     */
    static Map<StepKind, Stage> kindMap() {
        return new EnumMap<>(StepKind.class);
    }

    @Override
    public String toString() {
        return "IndexResult[" + spec.framework().root().code() + ", " + year() + ", " + economies().size()
                + " economies, stages " + stages.stream().map(Stage::name).toList() + "]";
    }
}
