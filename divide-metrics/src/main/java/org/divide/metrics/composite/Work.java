package org.divide.metrics.composite;

import java.util.List;

/**
 * A data stage in the making: the economies still in the index (positions in
 * {@link IndexData#economies()} and their codes) and one column per indicator over them. Steps
 * never modify a {@code Work} they receive; they return a new one (columns they leave unchanged
 * may be shared).
 *
 * @param rows      positions of the economies in the data
 * @param economies their codes (unmodifiable)
 * @param columns   {@code [indicator][row]}
 */
record Work(int[] rows, List<String> economies, double[][] columns) {

    /**
     * The same economies with other columns.
     *
     * @param newColumns the columns
     * @return the new work
     */
    Work with(double[][] newColumns) {
        return new Work(rows, economies, newColumns);
    }

    /** {@return the number of economies} */
    int size() {
        return rows.length;
    }
}
