package org.divide.metrics.composite;

import java.util.List;

/**
 * What imputation did: every cell it filled and every cell it left missing (a group without any
 * present value, a series without any observation, an economy without any value in its row
 * group). The aggregation skips the cells left missing.
 *
 * @param method    the method, as named in the spec
 * @param imputed   the filled cells, by indicator in framework order, then economy
 * @param remaining the cells still missing, in the same order
 */
public record ImputationReport(String method, List<Cell> imputed, List<Cell> remaining) {

    /**
     * Copies the lists.
     *
     * @param method    the method
     * @param imputed   the filled cells
     * @param remaining the cells still missing
     */
    public ImputationReport {
        imputed = List.copyOf(imputed);
        remaining = List.copyOf(remaining);
    }

    /**
     * One cell.
     *
     * @param economy   the economy code
     * @param indicator the indicator code
     * @param value     the imputed value ({@code NaN} for a cell still missing)
     */
    public record Cell(String economy, String indicator, double value) {
    }
}
