package org.divide.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * The column names by which the commands recognise a table's economies and years when the user
 * does not name them ({@code --economy-column}, {@code --year-column}): the first candidate
 * present in the header wins, matched without regard to case or surrounding spaces.
 */
final class ColumnNames {

    /** Candidate columns of economies, most specific first. */
    static final List<String> ECONOMY = List.of("economy", "iso3", "iso3c", "iso_code", "country code",
            "country_code", "code", "uCode", "iso2", "iso2c", "country", "country name", "entity");

    /** Candidate columns of years. */
    static final List<String> YEAR = List.of("year", "time", "date");

    private ColumnNames() {
    }

    /**
     * The first candidate present in a header.
     *
     * @param header     the header
     * @param candidates the candidates, in order of preference
     * @return the header's own spelling of the column, or {@code null} if none is present
     */
    static String detect(List<String> header, List<String> candidates) {
        for (String candidate : candidates) {
            for (String h : header) {
                if (h.strip().equalsIgnoreCase(candidate.toLowerCase(Locale.ROOT))) {
                    return h.strip();
                }
            }
        }
        return null;
    }
}
