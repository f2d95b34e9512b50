package org.divide.io.csv;

import java.util.Objects;
import org.divide.core.Indicator;

/**
 * Which columns of a long-format CSV file (one value per row) hold what, immutable. Defaults: the
 * columns {@code economy}, {@code indicator}, {@code year} and {@code value} (as
 * {@link LongCsv#write} writes them), no economy-name column. Column names are matched without
 * regard to case.
 *
 * <pre>{@code
 * LongLayout wdi = LongLayout.defaults().withEconomy("Country Code").withEconomyName("Country Name")
 *         .withYear("Year").withValue("Value").withFixedIndicator(Indicator.of("SP.POP.TOTL"));
 * }</pre>
 */
public final class LongLayout {

    private static final LongLayout DEFAULTS = new LongLayout("economy", null, "indicator", null, "year", "value");

    private final String economy;
    private final String economyName;
    private final String indicator;
    private final Indicator fixedIndicator;
    private final String year;
    private final String value;

    private LongLayout(String economy, String economyName, String indicator, Indicator fixedIndicator, String year,
            String value) {
        this.economy = economy;
        this.economyName = economyName;
        this.indicator = indicator;
        this.fixedIndicator = fixedIndicator;
        this.year = year;
        this.value = value;
    }

    /**
     * The default layout: {@code economy, indicator, year, value}.
     *
     * @return the defaults
     */
    public static LongLayout defaults() {
        return DEFAULTS;
    }

    /**
     * The column of economy codes (or names).
     *
     * @return the column name
     */
    public String economy() {
        return economy;
    }

    /**
     * A copy with another economy column.
     *
     * @param column the column name, non-null
     * @return the copy
     */
    public LongLayout withEconomy(String column) {
        return new LongLayout(Objects.requireNonNull(column, "column"), economyName, indicator, fixedIndicator, year,
                value);
    }

    /**
     * The column of economy names used for unmatched economies, or {@code null} for none.
     *
     * @return the column name or {@code null}
     */
    public String economyName() {
        return economyName;
    }

    /**
     * A copy with an economy-name column (used as the name of economies the resolver does not
     * know).
     *
     * @param column the column name, or {@code null} for none
     * @return the copy
     */
    public LongLayout withEconomyName(String column) {
        return new LongLayout(economy, column, indicator, fixedIndicator, year, value);
    }

    /**
     * The column of indicator codes, or {@code null} when the file holds one
     * {@link #fixedIndicator()}.
     *
     * @return the column name or {@code null}
     */
    public String indicator() {
        return indicator;
    }

    /**
     * A copy that reads indicator codes from a column.
     *
     * @param column the column name, non-null
     * @return the copy
     */
    public LongLayout withIndicator(String column) {
        return new LongLayout(economy, economyName, Objects.requireNonNull(column, "column"), null, year, value);
    }

    /**
     * The indicator of every value when the file has no indicator column, or {@code null}.
     *
     * @return the indicator or {@code null}
     */
    public Indicator fixedIndicator() {
        return fixedIndicator;
    }

    /**
     * A copy for a file of one indicator, without an indicator column.
     *
     * @param fixed the indicator of every value, non-null
     * @return the copy
     */
    public LongLayout withFixedIndicator(Indicator fixed) {
        return new LongLayout(economy, economyName, null, Objects.requireNonNull(fixed, "indicator"), year, value);
    }

    /**
     * The column of years.
     *
     * @return the column name
     */
    public String year() {
        return year;
    }

    /**
     * A copy with another year column.
     *
     * @param column the column name, non-null
     * @return the copy
     */
    public LongLayout withYear(String column) {
        return new LongLayout(economy, economyName, indicator, fixedIndicator, Objects.requireNonNull(column, "column"),
                value);
    }

    /**
     * The column of values.
     *
     * @return the column name
     */
    public String value() {
        return value;
    }

    /**
     * A copy with another value column.
     *
     * @param column the column name, non-null
     * @return the copy
     */
    public LongLayout withValue(String column) {
        return new LongLayout(economy, economyName, indicator, fixedIndicator, year,
                Objects.requireNonNull(column, "column"));
    }

    @Override
    public String toString() {
        return "LongLayout[economy=" + economy + ", economyName=" + economyName + ", indicator="
                + (indicator != null ? indicator : "fixed " + fixedIndicator.code()) + ", year=" + year + ", value="
                + value + "]";
    }
}
