package org.divide.metrics.composite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data set of a pipeline run (COINr's {@code .$Data$<name>}): a dense matrix of economies ×
 * codes, stored by column, {@code NaN} = missing. The data stages hold the framework's indicators;
 * the aggregated stage holds every node (indicators first, then the aggregates level by level).
 *
 * <p>Immutable: every array returned is a copy.
 */
public final class Stage {

    private final String name;
    private final List<String> economies;
    private final List<String> codes;
    private final Map<String, Integer> codeIndex;
    /** {@code [code][economy]}, never modified after construction. */
    private final double[][] columns;
    private volatile Map<String, Integer> economyIndex;

    private Stage(String name, List<String> economies, List<String> codes, Map<String, Integer> codeIndex,
            double[][] columns) {
        this.name = name;
        this.economies = economies;
        this.codes = codes;
        this.codeIndex = codeIndex;
        this.columns = columns;
    }

    /**
     * Wraps arrays that the caller hands over and never touches again.
     *
     * @param name      the stage name
     * @param economies the economy codes (unmodifiable)
     * @param codes     the column codes (unmodifiable)
     * @param codeIndex code → column position (unmodifiable)
     * @param columns   the columns
     * @return the stage
     */
    static Stage wrap(String name, List<String> economies, List<String> codes, Map<String, Integer> codeIndex,
            double[][] columns) {
        return new Stage(name, economies, codes, codeIndex, columns);
    }

    /** {@return the name of the data set, e.g. {@code "Raw"} or {@code "Normalised"}} */
    public String name() {
        return name;
    }

    /** {@return the economy codes, in row order (unmodifiable)} */
    public List<String> economies() {
        return economies;
    }

    /** {@return the column codes: indicators, then aggregates for the aggregated stage (unmodifiable)} */
    public List<String> codes() {
        return codes;
    }

    /**
     * Whether the stage has a column.
     *
     * @param code the indicator or node code
     * @return {@code true} if it has
     */
    public boolean contains(String code) {
        return codeIndex.containsKey(code);
    }

    /**
     * One column.
     *
     * @param code the indicator or node code
     * @return a copy of its values over {@link #economies()}
     * @throws IllegalArgumentException if the stage has no such column
     */
    public double[] column(String code) {
        return columnRef(code).clone();
    }

    /**
     * One cell.
     *
     * @param economy the economy code
     * @param code    the indicator or node code
     * @return the value, {@code NaN} if missing
     * @throws IllegalArgumentException if the economy or code is not in the stage
     */
    public double value(String economy, String code) {
        Map<String, Integer> index = economyIndex;
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < economies.size(); i++) {
                index.put(economies.get(i), i);
            }
            economyIndex = index;
        }
        Integer e = index.get(economy);
        if (e == null) {
            throw new IllegalArgumentException("stage " + name + " has no economy " + economy);
        }
        return columnRef(code)[e];
    }

    /** {@return a copy of all columns, {@code [code][economy]}} */
    public double[][] columns() {
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = columns[c].clone();
        }
        return copy;
    }

    /** The live column; package-private callers never modify it. */
    double[] columnRef(String code) {
        Integer c = codeIndex.get(code);
        if (c == null) {
            throw new IllegalArgumentException("stage " + name + " has no column " + code);
        }
        return columns[c];
    }

    /** The live columns; package-private callers never modify them. */
    double[][] columnsRef() {
        return columns;
    }

    @Override
    public String toString() {
        return "Stage[" + name + ", " + economies.size() + " economies x " + codes.size() + " columns]";
    }
}
