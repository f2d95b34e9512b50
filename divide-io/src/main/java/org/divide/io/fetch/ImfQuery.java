package org.divide.io.fetch;

import java.util.List;

/**
 * What to ask the IMF DataMapper API for: indicators of economies in some years.
 *
 * <pre>{@code
 * ImfQuery q = ImfQuery.of("NGDP_RPCH", "LUR").withEconomies("KEN", "NOR").withPeriods(2022, 2023);
 * }</pre>
 *
 * @param indicators the indicator codes, at least one, such as {@code NGDP_RPCH}
 * @param economies  the economy codes (ISO alpha-3, or DataMapper region and group codes); empty for
 *                   all
 * @param periods    the years; empty for all
 */
public record ImfQuery(List<String> indicators, List<String> economies, List<Integer> periods) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException     if a list or a year is null
     * @throws IllegalArgumentException if there is no indicator or a code is blank
     */
    public ImfQuery {
        indicators = List.copyOf(UrlText.codes(indicators, "indicator code"));
        economies = List.copyOf(UrlText.codes(economies, "economy code"));
        periods = List.copyOf(periods);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("indicators: none given");
        }
    }

    /**
     * A query for indicators of all economies in all years.
     *
     * @param indicatorCodes the indicator codes, at least one
     * @return the query
     */
    public static ImfQuery of(String... indicatorCodes) {
        return new ImfQuery(List.of(indicatorCodes), List.of(), List.of());
    }

    /**
     * A copy for these economies.
     *
     * @param codes the economy codes; none for all
     * @return the copy
     */
    public ImfQuery withEconomies(String... codes) {
        return new ImfQuery(indicators, List.of(codes), periods);
    }

    /**
     * A copy for these years.
     *
     * @param years the years; none for all
     * @return the copy
     */
    public ImfQuery withPeriods(Integer... years) {
        return new ImfQuery(indicators, economies, List.of(years));
    }
}
