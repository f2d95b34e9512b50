package org.divide.io.csv;

/** Whether a long-format writer writes the rows of missing ({@code NaN}) cells. */
public enum MissingCells {
    /** Write only the cells that hold a value (the default; the usual long format). */
    OMIT,
    /**
     * Write every cell of the panel, a missing one with an empty value, so that reading the file
     * back restores every economy, indicator and year even where no value exists.
     */
    WRITE_EMPTY
}
