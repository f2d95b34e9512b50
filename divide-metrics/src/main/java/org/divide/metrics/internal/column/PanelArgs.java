package org.divide.metrics.internal.column;

import org.divide.core.Panel;

/**
 * The argument checks of lookups in a {@link Panel}: an indicator, a year, a column, and the
 * order of two years; the companion of {@link Args} for the packages that read panels
 * ({@code dynamics}). Every failure is an {@link IllegalArgumentException} naming the argument
 * and the value. Not API.
 */
public final class PanelArgs {

    private PanelArgs() {
    }

    /**
     * Looks up an indicator of a panel.
     *
     * @param panel the panel
     * @param name  the argument's name
     * @param code  the indicator code
     * @return its index
     * @throws IllegalArgumentException if the panel or code is {@code null} or the code unknown
     */
    public static int indicator(Panel panel, String name, String code) {
        int i = Args.notNull("panel", panel).indicatorIndex(Args.notNull(name, code));
        if (i < 0) {
            throw new IllegalArgumentException(name + " is not in the panel: " + code);
        }
        return i;
    }

    /**
     * Looks up a year of a panel.
     *
     * @param panel the panel
     * @param name  the argument's name
     * @param year  the year
     * @return its index
     * @throws IllegalArgumentException if the panel has no such year, naming its range
     */
    public static int year(Panel panel, String name, int year) {
        int i = panel.yearIndex(year);
        if (i < 0) {
            int[] ys = panel.years();
            throw new IllegalArgumentException(name + " is not a year of the panel"
                    + (ys.length == 0 ? " (it has none)" : " (" + ys[0] + "–" + ys[ys.length - 1] + ")") + ": " + year);
        }
        return i;
    }

    /**
     * Checks that one year comes after another.
     *
     * @param fromName the first year's name
     * @param from     the first year
     * @param toName   the second year's name
     * @param to       the second year
     * @throws IllegalArgumentException unless {@code to > from}
     */
    public static void ordered(String fromName, int from, String toName, int to) {
        if (to <= from) {
            throw new IllegalArgumentException(toName + " must be after " + fromName + ": " + fromName + "=" + from
                    + ", " + toName + "=" + to);
        }
    }

    /**
     * Reads a column of a panel after checking the indicator and the year.
     *
     * @param panel     the panel
     * @param name      the indicator argument's name
     * @param indicator the indicator code
     * @param year      the year
     * @return the values over the panel's economies
     * @throws IllegalArgumentException if the indicator or year is unknown
     */
    public static double[] column(Panel panel, String name, String indicator, int year) {
        return panel.column(indicator(panel, name, indicator), year(panel, "year", year));
    }
}
