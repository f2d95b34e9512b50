package org.divide.io.csv;

import java.util.List;
import java.util.Objects;
import org.divide.core.Indicator;

/**
 * Which columns of a wide CSV file hold what, immutable. Two shapes:
 *
 * <ul>
 * <li><b>indicators across</b>: one row per economy (or per economy and year), one column per
 * indicator: {@code economy,GDP,POP}. The year is fixed ({@link #indicatorsAcross(int)}) or read
 * from a column ({@link #indicatorsAcross(String)}). Every column other than the economy, economy
 * name and year columns is an indicator, named by its header, unless
 * {@link #withValueColumns(List)} lists them.</li>
 * <li><b>years across</b>: one row per economy (and indicator), one column per year, as in the
 * World Bank's bulk downloads: {@code economy,indicator,2020,2021}. The indicator is read from a
 * column ({@link #yearsAcross(String)}) or fixed ({@link #yearsAcross(Indicator)}). Every column
 * whose header is a year is a value column; the others are ignored.</li>
 * </ul>
 *
 * <p>The economy column defaults to {@code economy}; column names are matched without regard to
 * case.
 */
public final class WideLayout {

    /** The two shapes of a wide table. */
    public enum Shape {
        /** One column per indicator. */
        INDICATORS_ACROSS,
        /** One column per year. */
        YEARS_ACROSS
    }

    private final Shape shape;
    private final String economy;
    private final String economyName;
    private final int fixedYear;
    private final String year;
    private final String indicator;
    private final String indicatorName;
    private final Indicator fixedIndicator;
    private final List<String> valueColumns;

    private WideLayout(Shape shape, String economy, String economyName, int fixedYear, String year, String indicator,
            String indicatorName, Indicator fixedIndicator, List<String> valueColumns) {
        this.shape = shape;
        this.economy = economy;
        this.economyName = economyName;
        this.fixedYear = fixedYear;
        this.year = year;
        this.indicator = indicator;
        this.indicatorName = indicatorName;
        this.fixedIndicator = fixedIndicator;
        this.valueColumns = valueColumns;
    }

    /**
     * One row per economy, one column per indicator, all values for one year.
     *
     * @param year the year of every value
     * @return the layout
     */
    public static WideLayout indicatorsAcross(int year) {
        return new WideLayout(Shape.INDICATORS_ACROSS, "economy", null, year, null, null, null, null, null);
    }

    /**
     * One row per economy and year, one column per indicator.
     *
     * @param yearColumn the column of years
     * @return the layout
     */
    public static WideLayout indicatorsAcross(String yearColumn) {
        return new WideLayout(Shape.INDICATORS_ACROSS, "economy", null, 0,
                Objects.requireNonNull(yearColumn, "yearColumn"), null, null, null, null);
    }

    /**
     * One row per economy and indicator, one column per year.
     *
     * @param indicatorColumn the column of indicator codes
     * @return the layout
     */
    public static WideLayout yearsAcross(String indicatorColumn) {
        return new WideLayout(Shape.YEARS_ACROSS, "economy", null, 0, null,
                Objects.requireNonNull(indicatorColumn, "indicatorColumn"), null, null, null);
    }

    /**
     * One row per economy, one column per year, all values of one indicator.
     *
     * @param indicator the indicator of every value
     * @return the layout
     */
    public static WideLayout yearsAcross(Indicator indicator) {
        return new WideLayout(Shape.YEARS_ACROSS, "economy", null, 0, null, null, null,
                Objects.requireNonNull(indicator, "indicator"), null);
    }

    /**
     * A copy with another economy column.
     *
     * @param column the column of economy codes (or names), non-null
     * @return the copy
     */
    public WideLayout withEconomy(String column) {
        return new WideLayout(shape, Objects.requireNonNull(column, "column"), economyName, fixedYear, year, indicator,
                indicatorName, fixedIndicator, valueColumns);
    }

    /**
     * A copy with an economy-name column (used as the name of economies the resolver does not
     * know, and never read as an indicator).
     *
     * @param column the column name, or {@code null} for none
     * @return the copy
     */
    public WideLayout withEconomyName(String column) {
        return new WideLayout(shape, economy, column, fixedYear, year, indicator, indicatorName, fixedIndicator,
                valueColumns);
    }

    /**
     * A copy with an indicator-name column (years across only): its text becomes the name of the
     * indicator.
     *
     * @param column the column name, or {@code null} for none
     * @return the copy
     */
    public WideLayout withIndicatorName(String column) {
        return new WideLayout(shape, economy, economyName, fixedYear, year, indicator, column, fixedIndicator,
                valueColumns);
    }

    /**
     * A copy that reads only the listed indicator columns (indicators across only); other columns
     * are ignored.
     *
     * @param columns the indicator columns, non-empty
     * @return the copy
     * @throws IllegalArgumentException if the list is empty
     */
    public WideLayout withValueColumns(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("value columns: empty list");
        }
        return new WideLayout(shape, economy, economyName, fixedYear, year, indicator, indicatorName, fixedIndicator,
                List.copyOf(columns));
    }

    /**
     * Whether indicators or years run across the columns.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /**
     * The economy column.
     *
     * @return the column name
     */
    public String economy() {
        return economy;
    }

    /**
     * The economy-name column, or {@code null}.
     *
     * @return the column name or {@code null}
     */
    public String economyName() {
        return economyName;
    }

    /**
     * The year of every row when indicators run across and there is no year column.
     *
     * @return the year, or 0 with a year column or years across
     */
    public int fixedYear() {
        return fixedYear;
    }

    /**
     * The year column (indicators across), or {@code null}.
     *
     * @return the column name or {@code null}
     */
    public String year() {
        return year;
    }

    /**
     * The indicator column (years across), or {@code null}.
     *
     * @return the column name or {@code null}
     */
    public String indicator() {
        return indicator;
    }

    /**
     * The indicator-name column (years across), or {@code null}.
     *
     * @return the column name or {@code null}
     */
    public String indicatorName() {
        return indicatorName;
    }

    /**
     * The one indicator of a years-across table without an indicator column, or {@code null}.
     *
     * @return the indicator or {@code null}
     */
    public Indicator fixedIndicator() {
        return fixedIndicator;
    }

    /**
     * The value columns named by {@link #withValueColumns(List)}, or {@code null} for every
     * column that is not a key.
     *
     * @return the column names or {@code null}
     */
    public List<String> valueColumns() {
        return valueColumns;
    }

    @Override
    public String toString() {
        return "WideLayout[" + shape + ", economy=" + economy + ", economyName=" + economyName
                + (shape == Shape.INDICATORS_ACROSS ? ", year=" + (year != null ? year : String.valueOf(fixedYear))
                        : ", indicator=" + (indicator != null ? indicator : fixedIndicator.code()))
                + (valueColumns == null ? "" : ", values=" + valueColumns) + "]";
    }
}
