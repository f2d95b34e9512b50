package org.divide.examples.summary;

import java.util.Locale;

import org.divide.core.Indicator;

/**
 * Renders a {@link DivideSummary} as a plain-text table for a terminal.
 *
 * <p>Numbers are printed with about three significant digits (thousands grouped), missing ones as
 * {@code –}. The layout is fixed-width and fits 126 columns.
 */
public final class SummaryTable {

    private static final String[] INCOME_HEADERS = {"Low", "Lower-mid", "Upper-mid", "High"};
    private static final int NAME_WIDTH = 44;

    private SummaryTable() {
    }

    /**
     * The table as text, ending with a line break.
     *
     * @param summary the summary
     * @param source  one line naming the data and its sources
     * @return the text
     */
    public static String render(DivideSummary summary, String source) {
        StringBuilder out = new StringBuilder();
        out.append("divide - the digital divide by World Bank income group\n");
        out.append(source).append('\n');
        out.append(String.format(Locale.ROOT, "%d classified economies, years %d-%d. Means are population-weighted;"
                + " each indicator in its latest year with at least %.0f%% of economies reporting.%n"
                + "Gini: population-weighted, across economies.%n%n",
                summary.economies(), summary.firstYear(), summary.lastYear(), 100 * summary.minCoverage()));
        out.append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %5s %9s", "Indicator (unit)", "Year", "Reporting"));
        for (String h : INCOME_HEADERS) {
            out.append(String.format(Locale.ROOT, " %10s", h));
        }
        out.append(String.format(Locale.ROOT, " %10s %9s %5s%n", "World", "High/Low", "Gini"));
        for (DivideSummary.Row row : summary.rows()) {
            out.append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s", label(row.indicator())));
            if (row.year() == 0) {
                out.append("  (no year with enough coverage)\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, " %5d %9s", row.year(), row.reporting() + "/" + summary.economies()));
            for (double mean : row.meanByIncome()) {
                out.append(String.format(Locale.ROOT, " %10s", number(mean)));
            }
            out.append(String.format(Locale.ROOT, " %10s %9s %5s%n", number(row.worldMean()), ratio(row.highToLow()),
                    Double.isNaN(row.gini()) ? "–" : String.format(Locale.ROOT, "%.3f", row.gini())));
        }
        return out.toString();
    }

    /** The indicator's name and unit, the unit left out where the name ends with it (as WDI names do). */
    static String label(Indicator indicator) {
        String unit = indicator.unit().isEmpty() ? "" : " (" + indicator.unit() + ")";
        String text = indicator.name() + (indicator.name().endsWith(unit) ? "" : unit);
        return text.length() <= NAME_WIDTH ? text : text.substring(0, NAME_WIDTH - 1) + "…";
    }

    /**
     * A number with about three significant digits, thousands grouped; {@code –} for NaN.
     *
     * @param value the number
     * @return the text
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1fx", value);
    }
}
