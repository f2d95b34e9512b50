package org.divide.metrics.impute;

import org.divide.metrics.internal.numeric.Matrices;

/**
 * A set of indicator columns after row-wise imputation. Arrays are copied on the way in and out.
 *
 * @param columns  {@code columns[c][e]}: indicator {@code c}'s value for economy {@code e}
 * @param imputed  how many cells were filled
 * @param missing  how many cells are still missing
 */
public record ImputedMatrix(double[][] columns, int imputed, int missing) {

    /**
     * Copies the columns.
     *
     * @param columns the imputed columns
     * @param imputed the number of filled cells
     * @param missing the number of cells still missing
     */
    public ImputedMatrix {
        columns = Matrices.copy(columns);
    }

    /**
     * The imputed columns.
     *
     * @return a copy of the columns
     */
    @Override
    public double[][] columns() {
        return Matrices.copy(columns);
    }
}
