package org.divide.spark;

import static org.divide.spark.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The distributed Gini, Lorenz ordinates, Palma and S80/S20 against the single-machine API, to 1e-12 relative. */
class ExactGiniTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("lognormal, unweighted", TestData.lognormal(4000, 21, false), null),
                Arguments.of("lognormal, weighted", TestData.lognormal(4000, 22, false), TestData.weights(4000, 23)),
                Arguments.of("many ties, unweighted", TestData.lognormal(4000, 24, true), null),
                Arguments.of("many ties, weighted", TestData.lognormal(4000, 25, true), TestData.weights(4000, 26)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lorenzMeasuresEqualTheSingleMachineValues(String name, double[] x, double[] w) {
        SparkInequality spark = SparkInequality.of(LocalSpark.frame(x, w, null, 5), "x");
        if (w != null) {
            spark = spark.withWeight("w");
        }
        LorenzResult r = spark.lorenz(20);
        assertClose(Inequality.gini(x, w), r.gini(), "Gini");
        assertClose(Inequality.palma(x, w), r.palma(), "Palma");
        assertClose(Inequality.quantileShareRatio(x, w, 0.2, 0.2), r.s80s20(), "S80/S20");
        LorenzCurve expected = Inequality.lorenz(x, w);
        LorenzCurve actual = r.curve();
        assertEquals(21, actual.size());
        for (int k = 0; k <= 20; k++) {
            double p = actual.population()[k];
            assertClose(expected.share(p), actual.income()[k], "L(" + p + ")");
        }
        assertClose(expected.mean(), actual.mean(), "mean");
        assertEquals(x.length, r.observations());
    }

    @Test
    void resultDoesNotDependOnThePartitioning() {
        double[] x = TestData.lognormal(3000, 27, true);
        double[] w = TestData.weights(3000, 28);
        double expected = Inequality.gini(x, w);
        double expectedRatio = Inequality.quantileShareRatio(x, w, 0.3, 0.25);
        SparkSession spark = LocalSpark.session();
        String before = spark.conf().get("spark.sql.shuffle.partitions");
        try {
            for (int partitions : new int[] {1, 3, 16}) {
                spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
                Dataset<Row> frame = LocalSpark.frame(x, w, null, partitions + 1);
                SparkInequality s = SparkInequality.of(frame, "x").withWeight("w");
                assertClose(expected, s.compute(Measure.gini()), "Gini with " + partitions + " sort partitions");
                assertClose(expectedRatio, s.compute(Measure.quantileShareRatio(0.3, 0.25)), "ratio with " + partitions + " partitions");
            }
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", before);
        }
    }

    @Test
    void permutationAndIntegerColumnsGiveTheSameValue() {
        double[] x = new double[1000];
        double[] w = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i * 7919) % 1000 / 10;    // integers 0..99, each ten times: ties across partitions
            w[i] = 1 + i % 3;
        }
        double[] reversed = new double[x.length];
        double[] reversedW = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            reversed[i] = x[x.length - 1 - i];
            reversedW[i] = w[x.length - 1 - i];
        }
        double expected = Inequality.gini(x, w);
        assertClose(expected, SparkInequality.of(LocalSpark.frame(x, w, null, 4), "x").withWeight("w")
                .compute(Measure.gini()), "Gini");
        assertClose(expected, SparkInequality.of(LocalSpark.frame(reversed, reversedW, null, 2), "x").withWeight("w")
                .compute(Measure.gini()), "Gini of the reversed data");
        Dataset<Row> ints = LocalSpark.frame(x, w, null, 3).selectExpr("cast(x as int) as income", "cast(w as long) as n");
        assertClose(expected, SparkInequality.of(ints, "income").withWeight("n").compute(Measure.gini()),
                "Gini of int and long columns");
    }

    @Test
    void missingValuesAndZeroWeightsAreSkippedUnderTheSkipPolicy() {
        double[] x = TestData.lognormal(3000, 29, true);
        double[] w = TestData.weights(3000, 30);
        for (int i = 0; i < x.length; i += 97) {
            x[i] = Double.NaN;              // sorted after every value by Spark
        }
        for (int i = 5; i < x.length; i += 101) {
            w[i] = 0;
        }
        InequalityOptions skip = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);
        LorenzResult r = SparkInequality.of(LocalSpark.frame(x, w, null, 3), "x").withWeight("w").withOptions(skip)
                .lorenz(10);
        assertClose(Measure.gini().withOptions(skip).compute(x, w), r.gini(), "Gini");
        assertClose(Measure.palma().withOptions(skip).compute(x, w), r.palma(), "Palma");
        assertClose(Measure.quantileShareRatio(0.2, 0.2).withOptions(skip).compute(x, w), r.s80s20(), "S80/S20");
        assertEquals(1.0, r.curve().income()[10]);
    }

    @Test
    void nonPositiveMeanGivesNaNAsOnOneMachine() {
        double[] x = {-3, -1, 2, 0.5};
        assertEquals(Inequality.gini(x), SparkInequality.of(LocalSpark.frame(x, null, null, 2), "x")
                .compute(Measure.gini()));
    }
}
