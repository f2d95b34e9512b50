package org.divide.metrics.impute;

/**
 * A column after imputation. Arrays are copied on the way in and out.
 *
 * @param values  the column with missing cells filled where the method could
 * @param imputed the positions that were missing and now hold a value, ascending
 */
public record ImputationResult(double[] values, int[] imputed) {

    /**
     * Copies the arrays.
     *
     * @param values  the imputed column
     * @param imputed the filled positions
     */
    public ImputationResult {
        values = values.clone();
        imputed = imputed.clone();
    }

    /**
     * The imputed column.
     *
     * @return a copy of the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The filled positions.
     *
     * @return a copy of the positions, ascending
     */
    @Override
    public int[] imputed() {
        return imputed.clone();
    }

    /**
     * How many cells were filled.
     *
     * @return the number of imputed cells
     */
    public int imputedCount() {
        return imputed.length;
    }

    /**
     * How many cells are still missing (the method had nothing to impute them from).
     *
     * @return the number of {@code NaN} cells left
     */
    public int missingCount() {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Compares a column before and after imputation.
     *
     * @param before the column before (not modified)
     * @param after  the column after (not modified)
     * @return the result listing the positions that were missing before and are not after
     */
    static ImputationResult between(double[] before, double[] after) {
        int n = 0;
        int[] idx = new int[before.length];
        for (int i = 0; i < before.length; i++) {
            if (Double.isNaN(before[i]) && !Double.isNaN(after[i])) {
                idx[n++] = i;
            }
        }
        return new ImputationResult(after, java.util.Arrays.copyOf(idx, n));
    }
}
