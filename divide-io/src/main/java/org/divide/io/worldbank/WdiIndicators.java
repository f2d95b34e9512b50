package org.divide.io.worldbank;

import org.divide.core.Direction;
import org.divide.core.Indicator;

/** How the World Bank readers make indicators from a code and a World Bank name. */
final class WdiIndicators {

    /** The source of WDI indicators. */
    static final String WDI = "World Bank, World Development Indicators";

    private WdiIndicators() {
    }

    /**
     * The source named in the indicators of an API response with this {@code sourceid}.
     *
     * @param sourceId the API's source id, or {@code null} when the response names none
     * @return {@link #WDI} for source 2, else "World Bank, source N", or "World Bank"
     */
    static String apiSource(String sourceId) {
        return "2".equals(sourceId) ? WDI : sourceId == null ? "World Bank" : "World Bank, source " + sourceId;
    }

    /**
     * An indicator with a World Bank name, its unit taken from the name.
     *
     * @param code   the code
     * @param name   the name, or {@code null} / blank for none (the code is used)
     * @param source the source
     * @return the indicator
     */
    static Indicator of(String code, String name, String source) {
        String n = name == null || name.isBlank() ? code : name.strip();
        return new Indicator(code, n, unitOf(n), Direction.POSITIVE, source);
    }

    /**
     * The unit in a World Bank name: the last parenthesised group at its end, as in
     * {@code "GDP per capita (current US$)"} or {@code "Individuals using the Internet (% of
     * population)"}; empty when there is none ({@code "Population, total"}).
     *
     * @param name the indicator name
     * @return the unit, or the empty string
     */
    static String unitOf(String name) {
        String n = name.strip();
        int open = n.lastIndexOf('(');
        return n.endsWith(")") && open > 0 ? n.substring(open + 1, n.length() - 1).strip() : "";
    }
}
