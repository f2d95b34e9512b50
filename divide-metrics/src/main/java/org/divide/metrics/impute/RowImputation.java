package org.divide.metrics.impute;

import org.divide.core.Direction;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.NanStats;

/**
 * Row-wise imputation (COINr's {@code Impute(impute_by = "row")}): each economy's missing values
 * are filled from its own values on the other indicators of a set — typically the indicators of
 * one framework group (COINr's {@code group_level}). With {@link #normalised} (COINr's default
 * for rows, {@code normalise_first = TRUE}) every column is first brought to {@code [0, 1]} by
 * min-max with its direction applied, {@code z = (d·x − min)/(max − min)}; the row imputer
 * (for example {@link Imputation#mean()}, the "shadow" imputation that an arithmetic mean with
 * missing values skipped performs implicitly) fills the row; and the filled values are
 * transformed back, {@code x = d·(z·(max − min) + min)}. Present values are never changed.
 *
 * <p>A row with no present value is left missing (COINr stops with an error). A constant column
 * normalises to missing, so it does not inform the others, and its own missing cells are filled
 * with its constant. Cost: O(k·n) plus the imputer's.
 */
public final class RowImputation {

    private RowImputation() {
    }

    /**
     * Row-wise imputation after min-max normalisation of each column (COINr's default for rows).
     *
     * @param columns    {@code columns[c][e]}: indicator {@code c}'s value for economy {@code e},
     *     {@code NaN} = missing (not modified)
     * @param directions each indicator's direction (not modified)
     * @param rowImputer fills one economy's row of normalised values
     * @return the imputed columns and counts
     * @throws IllegalArgumentException if the columns are ragged, the directions do not match or
     *     the imputer misbehaves
     */
    public static ImputedMatrix normalised(double[][] columns, Direction[] directions,
            Imputer rowImputer) {
        int n = Args.columns("columns", columns);
        Args.notNull("directions", directions);
        Args.sameLength("columns", columns.length, "directions", directions.length);
        int k = columns.length;
        double[] sign = new double[k];
        double[] min = new double[k];
        double[] span = new double[k];
        double[][] z = new double[k][n];
        for (int c = 0; c < k; c++) {
            sign[c] = Args.notNull("directions[" + c + "]", directions[c]).sign();
            double[] d = new double[n];
            for (int e = 0; e < n; e++) {
                d[e] = columns[c][e] * sign[c];
            }
            min[c] = NanStats.min(d);
            span[c] = NanStats.max(d) - min[c];
            for (int e = 0; e < n; e++) {
                z[c][e] = (d[e] - min[c]) / span[c];
            }
        }
        return impute(columns, z, rowImputer, (c, v) -> (v * span[c] + min[c]) * sign[c]);
    }

    /**
     * Row-wise imputation on the values as they are ({@code normalise_first = FALSE}); sensible
     * only when the indicators share a scale, e.g. after normalisation.
     *
     * @param columns    the indicator columns, {@code NaN} = missing (not modified)
     * @param rowImputer fills one economy's row
     * @return the imputed columns and counts
     * @throws IllegalArgumentException if the columns are ragged or the imputer misbehaves
     */
    public static ImputedMatrix raw(double[][] columns, Imputer rowImputer) {
        Args.columns("columns", columns);
        return impute(columns, columns, rowImputer, (c, v) -> v);
    }

    private interface Back {
        double apply(int column, double value);
    }

    private static ImputedMatrix impute(double[][] columns, double[][] work, Imputer imputer,
            Back back) {
        Args.notNull("rowImputer", imputer);
        int k = columns.length;
        int n = k == 0 ? 0 : columns[0].length;
        double[][] out = new double[k][];
        for (int c = 0; c < k; c++) {
            out[c] = columns[c].clone();
        }
        int imputed = 0;
        int missing = 0;
        double[] row = new double[k];
        for (int e = 0; e < n; e++) {
            boolean gap = false;
            boolean any = false;
            for (int c = 0; c < k; c++) {
                row[c] = work[c][e];
                gap |= Double.isNaN(columns[c][e]);
                any |= !Double.isNaN(row[c]);
            }
            if (!gap) {
                continue;
            }
            double[] filled = any ? imputer.apply(row).values() : row;
            for (int c = 0; c < k; c++) {
                if (Double.isNaN(columns[c][e])) {
                    double v = Double.isNaN(filled[c]) ? Double.NaN : back.apply(c, filled[c]);
                    out[c][e] = v;
                    if (Double.isNaN(v)) {
                        missing++;
                    } else {
                        imputed++;
                    }
                }
            }
        }
        return new ImputedMatrix(out, imputed, missing);
    }
}
