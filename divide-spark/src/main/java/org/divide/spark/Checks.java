package org.divide.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.divide.metrics.inequality.CoefficientOfVariationAccumulator;
import org.divide.metrics.inequality.InequalityAccumulator;

/**
 * The checks of the single-machine API, stated for columns: the columns exist and are numeric,
 * data are left after the policies, the weights do not all vanish. Messages name the column.
 */
final class Checks {

    private Checks() {
    }

    /**
     * @param data    the data
     * @param column  a column name
     * @param numeric whether the column must be numeric
     * @param role    what the column is for ("value", "weight", "group"), for messages
     * @throws IllegalArgumentException if the name is {@code null}, the column is missing or not numeric
     */
    static void column(Dataset<Row> data, String column, boolean numeric, String role) {
        if (column == null) {
            throw new IllegalArgumentException("the " + role + " column name is null");
        }
        List<String> names = Arrays.asList(data.columns());
        if (!names.contains(column)) {
            throw new IllegalArgumentException("no " + role + " column '" + column + "' in the data; columns: " + names);
        }
        DataType type = data.schema().apply(column).dataType();
        if (numeric && !(type instanceof NumericType)) {
            throw new IllegalArgumentException("the " + role + " column '" + column + "' is " + type.simpleString()
                    + ", not numeric");
        }
    }

    /**
     * @param column  the value column, for messages
     * @param moments the accumulator of all kept values
     * @throws IllegalArgumentException if no observation is left or all weights are zero
     */
    static void observations(String column, CoefficientOfVariationAccumulator moments) {
        if (moments.count() == 0) {
            throw new IllegalArgumentException("column '" + column + "' has no observations left: "
                    + moments.skippedNaN() + " NaN skipped, " + moments.droppedNonPositive() + " dropped");
        }
        if (Double.isNaN(moments.mean())) {
            throw new IllegalArgumentException("all weights are zero (value column '" + column + "')");
        }
    }

    /**
     * @param column the value column, for messages
     * @param a      an accumulator
     * @return its value
     * @throws IllegalArgumentException if the policies left it no observation
     */
    static double value(String column, InequalityAccumulator<?> a) {
        observed(column, a);
        return a.getAsDouble();
    }

    /**
     * @param column the value column, for messages
     * @param a      an accumulator
     * @throws IllegalArgumentException if the policies left it no observation
     */
    static void observed(String column, InequalityAccumulator<?> a) {
        if (a.count() == 0) {
            throw new IllegalArgumentException("column '" + column + "' has no observations left for " + a.measure()
                    + ": " + a.droppedNonPositive() + " dropped");
        }
    }
}
