package org.divide.io.fetch;

import java.util.List;

/**
 * What to ask the World Bank Indicators API v2 for: indicators of economies over years.
 *
 * <pre>{@code
 * WorldBankQuery q = WorldBankQuery.of("SP.POP.TOTL", "NY.GDP.PCAP.CD")
 *         .withEconomies("KEN", "NOR").withYears(2000, 2023).withSource("2");
 * }</pre>
 *
 * @param indicators the indicator codes, at least one, such as {@code SP.POP.TOTL}
 * @param economies  the economy codes (ISO alpha-3 or alpha-2, or World Bank aggregate codes), in
 *                   the URL joined by {@code ;}; empty for all ({@code country/all})
 * @param fromYear   the first year ({@code date=from:to}), or {@code null} for no year range
 * @param toYear     the last year, or {@code null}; given together with {@code fromYear}
 * @param source     the API's source id ({@code source=2} is WDI), or {@code null}; the API needs it
 *                   to serve several indicators in one request, so without it each indicator is
 *                   asked for on its own and the results are joined
 * @param perPage    the records per page, 1 to {@link #MAX_PER_PAGE}; {@link #DEFAULT_PER_PAGE} by
 *                   default
 */
public record WorldBankQuery(List<String> indicators, List<String> economies, Integer fromYear, Integer toYear,
        String source, int perPage) {

    /** The records per page asked for by default: most queries then fit in one page. */
    public static final int DEFAULT_PER_PAGE = 20_000;

    /** The most records per page the API serves (documented as 1 to 32,500). */
    public static final int MAX_PER_PAGE = 32_500;

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException     if a list is null
     * @throws IllegalArgumentException if there is no indicator, a code or the source is blank, only
     *                                  one year is given, the years are reversed or {@code perPage}
     *                                  is out of range
     */
    public WorldBankQuery {
        indicators = List.copyOf(UrlText.codes(indicators, "indicator code"));
        economies = List.copyOf(UrlText.codes(economies, "economy code"));
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("indicators: none given");
        }
        if ((fromYear == null) != (toYear == null)) {
            throw new IllegalArgumentException("years: give both or neither, got " + fromYear + " to " + toYear);
        }
        if (fromYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("years: " + fromYear + " is after " + toYear);
        }
        if (source != null) {
            source = UrlText.code(source, "source");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage: " + perPage + " is not in 1.." + MAX_PER_PAGE);
        }
    }

    /**
     * A query for indicators of all economies over all years, without a source.
     *
     * @param indicatorCodes the indicator codes, at least one
     * @return the query
     * @throws IllegalArgumentException if none is given or one is blank
     */
    public static WorldBankQuery of(String... indicatorCodes) {
        return new WorldBankQuery(List.of(indicatorCodes), List.of(), null, null, null, DEFAULT_PER_PAGE);
    }

    /**
     * A copy for these economies.
     *
     * @param codes the economy codes; none for all
     * @return the copy
     */
    public WorldBankQuery withEconomies(String... codes) {
        return new WorldBankQuery(indicators, List.of(codes), fromYear, toYear, source, perPage);
    }

    /**
     * A copy for the years {@code from} to {@code to}, both included.
     *
     * @param from the first year
     * @param to   the last year
     * @return the copy
     */
    public WorldBankQuery withYears(int from, int to) {
        return new WorldBankQuery(indicators, economies, from, to, source, perPage);
    }

    /**
     * A copy asking one API source.
     *
     * @param sourceId the source id, such as {@code 2} (World Development Indicators)
     * @return the copy
     */
    public WorldBankQuery withSource(String sourceId) {
        return new WorldBankQuery(indicators, economies, fromYear, toYear, sourceId, perPage);
    }

    /**
     * A copy with another page size.
     *
     * @param records the records per page, 1 to {@link #MAX_PER_PAGE}
     * @return the copy
     */
    public WorldBankQuery withPerPage(int records) {
        return new WorldBankQuery(indicators, economies, fromYear, toYear, source, records);
    }
}
