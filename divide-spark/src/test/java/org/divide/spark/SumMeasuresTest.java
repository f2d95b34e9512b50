package org.divide.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.divide.spark.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The aggregators and the one-pass summaries against the single-machine API, to 1e-12 relative. */
class SumMeasuresTest {

    private static final int N = 5000;
    private static final String[] LABELS = {"AFR", "ASI", "EUR", "LAM", "NAM"};

    @ParameterizedTest(name = "weighted={0}")
    @ValueSource(booleans = {false, true})
    void summaryEqualsTheSingleMachineValues(boolean weighted) {
        double[] x = TestData.lognormal(N, 11, false);
        double[] w = weighted ? TestData.weights(N, 12) : null;
        SparkInequality spark = SparkInequality.of(LocalSpark.frame(x, w, null, 7), "x");
        if (weighted) {
            spark = spark.withWeight("w");
        }
        Summary s = spark.summary(new MeasureSet(new double[] {-1, 0, 0.5, 1, 2}, new double[] {0.5, 1, 2}));
        assertEquals(N, s.observations());
        assertClose(Inequality.coefficientOfVariation(x, w), s.coefficientOfVariation(), "CV");
        assertClose(mean(x, w), s.mean(), "mean");
        for (double alpha : new double[] {-1, 0, 0.5, 1, 2}) {
            assertClose(Inequality.generalizedEntropy(x, w, alpha), s.generalizedEntropy(alpha), "GE(" + alpha + ")");
        }
        assertClose(Inequality.theilT(x, w), s.generalizedEntropy(1), "Theil T");
        assertClose(Inequality.theilL(x, w), s.generalizedEntropy(0), "MLD");
        for (double epsilon : new double[] {0.5, 1, 2}) {
            assertClose(Inequality.atkinson(x, w, epsilon), s.atkinson(epsilon), "Atkinson(" + epsilon + ")");
        }
    }

    @Test
    void singleMeasureMethodsAndSkippedMissingValues() {
        double[] x = TestData.lognormal(2000, 13, true);
        double[] w = TestData.weights(2000, 14);
        x[5] = Double.NaN;
        x[1500] = Double.NaN;
        InequalityOptions skip = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);
        SparkInequality spark = SparkInequality.of(LocalSpark.frame(x, w, null, 3), "x").withWeight("w").withOptions(skip);
        assertClose(Measure.theilT().withOptions(skip).compute(x, w), spark.compute(Measure.theilT().withOptions(skip)), "Theil T");
        assertClose(Measure.theilL().withOptions(skip).compute(x, w), spark.compute(Measure.theilL().withOptions(skip)), "MLD");
        assertClose(Measure.atkinson(1.5).withOptions(skip).compute(x, w), spark.compute(Measure.atkinson(1.5).withOptions(skip)),
                "Atkinson(1.5)");
        assertClose(Measure.generalizedEntropy(3).withOptions(skip).compute(x, w), spark.compute(Measure.generalizedEntropy(3).withOptions(skip)),
                "GE(3)");
        assertClose(Measure.coefficientOfVariation().withOptions(skip).compute(x, w), spark.compute(Measure.coefficientOfVariation().withOptions(skip)),
                "CV");
        assertEquals(2, spark.summary(MeasureSet.meanOnly()).skippedNaN());
    }

    @Test
    void aggregatorsPerGroupWithGroupBy() {
        double[] x = TestData.lognormal(N, 15, false);
        double[] w = TestData.weights(N, 16);
        String[] g = TestData.groups(N, 17, LABELS);
        Dataset<Row> frame = LocalSpark.frame(x, w, g, 5);
        Column value = col("x");
        Column weight = col("w");
        List<Row> rows = frame.groupBy("g").agg(
                InequalityAggregators.column(InequalityAggregators.mean(), value, weight).as("mean"),
                InequalityAggregators.column(InequalityAggregators.of(Measure.coefficientOfVariation()), value, weight)
                        .as("cv"),
                InequalityAggregators.column(InequalityAggregators.of(Measure.theilT()), value, weight).as("theil"),
                InequalityAggregators.column(InequalityAggregators.of(Measure.theilL()), value, lit(1)).as("mld"),
                InequalityAggregators.column(InequalityAggregators.of(Measure.generalizedEntropy(2)), value, weight)
                        .as("ge2"),
                InequalityAggregators.column(InequalityAggregators.of(Measure.atkinson(0.5)), value, weight).as("atkinson"))
                .orderBy("g").collectAsList();
        assertEquals(LABELS.length, rows.size());
        for (Row r : rows) {
            String label = r.getString(0);
            List<Double> xs = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                if (g[i].equals(label)) {
                    xs.add(x[i]);
                    ws.add(w[i]);
                }
            }
            double[] gx = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] gw = ws.stream().mapToDouble(Double::doubleValue).toArray();
            assertClose(mean(gx, gw), r.getDouble(1), label + " mean");
            assertClose(Inequality.coefficientOfVariation(gx, gw), r.getDouble(2), label + " CV");
            assertClose(Inequality.theilT(gx, gw), r.getDouble(3), label + " Theil T");
            assertClose(Inequality.theilL(gx), r.getDouble(4), label + " MLD (unweighted)");
            assertClose(Inequality.generalizedEntropy(gx, gw, 2), r.getDouble(5), label + " GE(2)");
            assertClose(Inequality.atkinson(gx, gw, 0.5), r.getDouble(6), label + " Atkinson(0.5)");
        }
    }

    @Test
    void groupedSummaryGivesTheExactDecompositions() {
        double[] x = TestData.lognormal(N, 18, false);
        double[] w = TestData.weights(N, 19);
        String[] g = TestData.groups(N, 20, LABELS);
        for (int i = 0; i < N; i++) {
            x[i] *= 1 + g[i].charAt(0) - 'A';    // group means differ
        }
        GroupedSummary s = SparkInequality.of(LocalSpark.frame(x, w, g, 6), "x").withWeight("w")
                .summary(MeasureSet.standard(), "g");
        assertEquals(LABELS.length, s.groups().size());
        assertClose(Inequality.theilT(x, w), s.overall().generalizedEntropy(1), "overall Theil T");
        assertClose(Inequality.atkinson(x, w, 2), s.overall().atkinson(2), "overall Atkinson(2)");
        for (double alpha : new double[] {0, 1, 2}) {
            Decomposition expected = Measure.generalizedEntropy(alpha).decompose(x, w, g);
            Decomposition actual = s.decompositions().get(alpha);
            assertEquals(expected.measure(), actual.measure());
            assertEquals(expected.observations(), actual.observations());
            assertClose(expected.total(), actual.total(), "total GE(" + alpha + ")");
            assertClose(expected.within(), actual.within(), "within GE(" + alpha + ")");
            assertClose(expected.between(), actual.between(), "between GE(" + alpha + ")");
            for (int k = 0; k < LABELS.length; k++) {
                Decomposition.Group e = expected.groups().get(k);
                Decomposition.Group a = actual.groups().get(k);
                assertEquals(e.label(), a.label());
                assertClose(e.populationShare(), a.populationShare(), "population share " + e.label());
                assertClose(e.incomeShare(), a.incomeShare(), "income share " + e.label());
                assertClose(e.mean(), a.mean(), "mean " + e.label());
                assertClose(e.index(), a.index(), "index " + e.label());
                assertClose(e.contribution(), a.contribution(), "contribution " + e.label());
            }
        }
        Decomposition theil = SparkInequality.of(LocalSpark.frame(x, w, g, 2), "x").withWeight("w")
                .decompose(Measure.theilT(), "g");
        assertClose(Measure.theilT().decompose(x, w, g).between(), theil.between(), "decompose()");
    }

    private static double mean(double[] x, double[] w) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            swx += wi * x[i];
        }
        return swx / sw;
    }

    @Test
    void measuresBringTheirOptionsAndUndistributedOnesAreRejected() {
        double[] x = {1, 2, Double.NaN, 4, 7};
        SparkInequality spark = SparkInequality.of(LocalSpark.frame(x, null, null, 2), "x");
        InequalityOptions skip = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);
        assertClose(Measure.theilT().withOptions(skip).compute(x, null), spark.compute(Measure.theilT().withOptions(skip)),
                "the measure's NaN policy applies");
        assertClose(Measure.gini().withOptions(skip).compute(x, null), spark.compute(Measure.gini().withOptions(skip)),
                "Gini");
        assertClose(Measure.equallyDistributedEquivalent(2).withOptions(skip).compute(x, null),
                spark.compute(Measure.equallyDistributedEquivalent(2).withOptions(skip)), "EDE(2)");
        assertClose(Measure.kolm(0.5).withOptions(skip).compute(x, null), spark.compute(Measure.kolm(0.5).withOptions(skip)),
                "Kolm(0.5)");
        assertClose(Measure.varianceOfLogs().withOptions(skip).compute(x, null),
                spark.compute(Measure.varianceOfLogs().withOptions(skip)), "variance of logs");
        assertEquals(new MeasureSet(new double[] {1, 0}, new double[] {2}), MeasureSet.of(Measure.theilT(),
                Measure.theilL(), Measure.atkinson(2), Measure.coefficientOfVariation(), Measure.theilT()));
        assertThrows(IllegalArgumentException.class, () -> MeasureSet.of(Measure.kolm(1)));
        assertEquals("Wolfson is not distributed; compute it on one machine",
                assertThrows(IllegalArgumentException.class, () -> spark.compute(Measure.wolfson())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> spark.compute(Measure.kolm(1)),
                "the default NaN policy rejects the missing value");
        Row row = LocalSpark.frame(x, null, null, 2).agg(
                InequalityAggregators.column(InequalityAggregators.of(Measure.kolm(0.5).withOptions(skip)), col("x"),
                        lit(1.0)),
                InequalityAggregators.column(InequalityAggregators.of(Measure.varianceOfLogs().withOptions(skip)),
                        col("x"), lit(1.0))).first();
        assertClose(Measure.kolm(0.5).withOptions(skip).compute(x, null), row.getDouble(0), "Kolm aggregator");
        assertClose(Measure.varianceOfLogs().withOptions(skip).compute(x, null), row.getDouble(1), "var-log aggregator");
    }
}
