package org.divide.metrics.treat;

import java.util.List;

/**
 * What outlier treatment did to one indicator column (COINr's {@code Dets_Table} row and
 * {@code Treated_Points} column, in one record). Arrays are copied on the way in and out.
 *
 * @param values           the treated column
 * @param outcome          what was done
 * @param points           the values changed by winsorisation, in index order (also listed when
 *     the transform was then applied to the original data and the winsorisation discarded, see
 *     {@link TreatmentOutcome#TRANSFORMED})
 * @param transform        the name of the transform applied, or {@code null} if none
 * @param before           the check of the untreated column
 * @param afterWinsorising the check after winsorisation, or {@code null} if there was none
 * @param after            the check of the returned column
 */
public record TreatmentReport(double[] values, TreatmentOutcome outcome,
        List<WinsorisedPoint> points, String transform, SkewKurt before, SkewKurt afterWinsorising,
        SkewKurt after) {

    /**
     * Copies the arrays and list.
     *
     * @param values           the treated column
     * @param outcome          what was done
     * @param points           the winsorised points
     * @param transform        the transform's name, or {@code null}
     * @param before           the initial check
     * @param afterWinsorising the check after winsorisation, or {@code null}
     * @param after            the final check
     */
    public TreatmentReport {
        values = values.clone();
        points = List.copyOf(points);
    }

    /**
     * The treated column.
     *
     * @return a copy of the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Whether a log or other transform was applied.
     *
     * @return {@code true} if {@link #transform()} is not {@code null}
     */
    public boolean transformed() {
        return transform != null;
    }

    /**
     * How many values winsorisation changed.
     *
     * @return {@code points().size()}
     */
    public int winsorisedCount() {
        return points.size();
    }
}
