package org.divide.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.divide.metrics.inequality.Measure;
import org.junit.jupiter.api.Test;

/** Bad input fails as on one machine: IllegalArgumentException naming the column, the value and the row. */
class BadInputTest {

    private static final StructType SCHEMA = new StructType().add("income", DataTypes.DoubleType)
            .add("people", DataTypes.DoubleType).add("region", DataTypes.StringType);

    private static Dataset<Row> frame(Object[]... rows) {
        List<Row> list = java.util.Arrays.stream(rows).map(RowFactory::create).toList();
        return LocalSpark.session().createDataFrame(list, SCHEMA).repartition(2);
    }

    private static void fails(Dataset<Row> data, Function<SparkInequality, Object> measure, String... fragments) {
        SparkInequality s = SparkInequality.of(data, "income").withWeight("people");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> measure.apply(s));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
        }
    }

    @Test
    void badWeightsAreNamed() {
        fails(frame(new Object[] {1.0, 2.0, "a"}, new Object[] {5.0, -3.0, "b"}), s -> s.compute(Measure.theilT()),
                "column 'people' is negative: -3.0", "row (income=5.0, people=-3.0)");
        fails(frame(new Object[] {1.0, Double.NaN, "a"}, new Object[] {5.0, 1.0, "b"}), s -> s.compute(Measure.gini()),
                "column 'people' is NaN");
        fails(frame(new Object[] {1.0, Double.POSITIVE_INFINITY, "a"}), SparkInequality::mean,
                "column 'people' is infinite");
        fails(frame(new Object[] {1.0, null, "a"}), SparkInequality::mean, "column 'people' is null");
        fails(frame(new Object[] {1.0, 0.0, "a"}, new Object[] {2.0, 0.0, "a"}), s -> s.compute(Measure.gini()),
                "all weights are zero");
    }

    @Test
    void badValuesAreNamed() {
        fails(frame(new Object[] {Double.NaN, 1.0, "a"}, new Object[] {2.0, 1.0, "a"}), s -> s.lorenz(4),
                "column 'income' is NaN", "row (income=NaN, people=1.0)");
        fails(frame(new Object[] {null, 1.0, "a"}, new Object[] {2.0, 1.0, "a"}), s -> s.compute(Measure.gini()),
                "column 'income' is NaN");
        fails(frame(new Object[] {Double.NEGATIVE_INFINITY, 1.0, "a"}), s -> s.compute(Measure.gini()),
                "column 'income' is infinite");
        fails(frame(new Object[] {-2.0, 1.0, "a"}, new Object[] {2.0, 1.0, "a"}), s -> s.compute(Measure.theilT()),
                "column 'income' is negative: -2.0 (Theil T requires x >= 0)", "row (income=-2.0");
        fails(frame(new Object[] {0.0, 1.0, "a"}, new Object[] {2.0, 1.0, "a"}), s -> s.compute(Measure.theilL()),
                "column 'income' is zero (MLD requires x > 0)");
        fails(frame(new Object[] {0.0, 1.0, "a"}, new Object[] {2.0, 1.0, "a"}), s -> s.compute(Measure.atkinson(1)),
                "column 'income' is zero");
    }

    @Test
    void emptyDataMissingColumnsAndNullLabels() {
        fails(frame(), s -> s.compute(Measure.gini()), "column 'income' has no observations");
        fails(frame(), s -> s.compute(Measure.theilT()), "column 'income' has no observations");
        Dataset<Row> ok = frame(new Object[] {1.0, 1.0, "a"}, new Object[] {2.0, 1.0, null});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkInequality.of(ok, "wage"));
        assertTrue(e.getMessage().contains("no value column 'wage'") && e.getMessage().contains("income"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkInequality.of(ok, "region"));
        assertTrue(e.getMessage().contains("'region' is string, not numeric"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkInequality.of(ok, "income").withWeight("pop"));
        assertTrue(e.getMessage().contains("no weight column 'pop'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkInequality.of(ok, "income").decompose(Measure.theilT(), "area"));
        assertTrue(e.getMessage().contains("no group column 'area'"), e.getMessage());
        fails(ok, s -> s.decompose(Measure.theilT(), "region"), "group column 'region' has null labels");
        fails(ok, s -> s.lorenz(0), "intervals must be at least 1");
        fails(ok, s -> s.compute(Measure.quantileShareRatio(0.6, 0.5)), "bottomShare and topShare");
        assertThrows(IllegalArgumentException.class, () -> new MeasureSet(new double[] {1, 1}, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> MeasureSet.atkinson(Double.NaN));
    }
}
