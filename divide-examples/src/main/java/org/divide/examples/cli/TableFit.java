package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits a wide table into a terminal by whole groups of columns: the leading columns always, then
 * as many of the following groups (e.g. the levels of an index, each a score and a rank per node)
 * as fit the width, in order, at least one.
 */
final class TableFit {

    /** The terminal width when {@code COLUMNS} is not set: {@value} characters. */
    static final int DEFAULT_WIDTH = 120;

    private TableFit() {
    }

    /**
     * The terminal width: the environment's {@code COLUMNS} if it is a positive integer (shells set
     * it for interactive sessions; a user may export it), else {@value #DEFAULT_WIDTH}.
     *
     * @param env the environment, e.g. {@link System#getenv()}
     * @return the width in characters
     */
    static int terminalWidth(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int width = Integer.parseInt(columns.strip());
                if (width > 0) {
                    return width;
                }
            } catch (NumberFormatException e) {
                return DEFAULT_WIDTH;
            }
        }
        return DEFAULT_WIDTH;
    }

    /**
     * How many groups fit: the largest {@code g ≥ 1} such that the leading columns and the first
     * {@code g} groups print (as {@link Output#lines(Table)}) within the width.
     *
     * @param table   the table
     * @param leading the columns always shown, e.g. {@code economy, name, year}
     * @param groups  the groups of columns, in the order they are added
     * @param width   the width in characters
     * @return the number of groups, at least 1 (also when even one is wider)
     */
    static int groupsThatFit(Table table, List<String> leading, List<List<String>> groups, int width) {
        int fit = 1;
        for (int g = 2; g <= groups.size(); g++) {
            if (Output.width(table.select(columns(leading, groups, g))) > width) {
                break;
            }
            fit = g;
        }
        return fit;
    }

    /**
     * The leading columns and those of the first groups.
     *
     * @param leading the leading columns
     * @param groups  the groups
     * @param count   how many groups
     * @return the column names, in order
     */
    static List<String> columns(List<String> leading, List<List<String>> groups, int count) {
        List<String> columns = new ArrayList<>(leading);
        for (List<String> group : groups.subList(0, Math.min(count, groups.size()))) {
            columns.addAll(group);
        }
        return columns;
    }
}
