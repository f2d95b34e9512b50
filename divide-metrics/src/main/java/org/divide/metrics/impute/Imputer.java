package org.divide.metrics.impute;

import org.divide.metrics.internal.column.Args;

/**
 * An imputation method for one vector — an indicator column, or one economy's row for row-wise
 * imputation: missing values ({@code NaN}) in, filled values out. {@link Imputation} provides
 * COINr's methods; a lambda is a user-defined one (COINr's {@code f_i}, for example an EM or
 * regression model fitted elsewhere). An implementation need not fill every missing cell, must
 * return a new array of the same length and must not modify its argument or change a present
 * value — {@link #apply} checks this.
 */
@FunctionalInterface
public interface Imputer {

    /**
     * Fills missing values.
     *
     * @param column the values, {@code NaN} = missing (not modified)
     * @return a new array with (some) missing values filled
     */
    double[] impute(double[] column);

    /**
     * Runs {@link #impute} and checks its output: same length, every present value unchanged
     * (bit for bit). COINr's {@code Impute.numeric} makes the same check.
     *
     * @param column the values, {@code NaN} = missing (not modified)
     * @return the imputed column and the positions filled
     * @throws IllegalArgumentException if {@code column} is {@code null} or has no present value
     *     (nothing to impute from, as COINr), or the imputer returned a wrong length or changed
     *     a present value (naming its position and both values)
     */
    default ImputationResult apply(double[] column) {
        Args.notNull("column", column);
        boolean any = false;
        for (double v : column) {
            any |= !Double.isNaN(v);
        }
        if (!any && column.length > 0) {
            throw new IllegalArgumentException("column has no values to impute from ("
                    + column.length + " missing)");
        }
        double[] out = impute(column.clone());
        Args.notNull("imputed column", out);
        Args.sameLength("column", column.length, "imputed column", out.length);
        for (int i = 0; i < column.length; i++) {
            if (!Double.isNaN(column[i]) && Double.doubleToLongBits(out[i])
                    != Double.doubleToLongBits(column[i])) {
                throw new IllegalArgumentException("imputer changed the present value column[" + i
                        + "]: " + column[i] + " -> " + out[i]);
            }
        }
        return ImputationResult.between(column, out);
    }
}
