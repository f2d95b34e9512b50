package org.divide.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.divide.core.internal.Checks;
import org.divide.core.internal.PanelAccess;

/**
 * The one dataset type: economies × indicators × years, stored densely as {@code double}s, with
 * {@code NaN} for a missing value.
 *
 * <p>Storage is column-oriented: one {@code double[]} over {@link #economies()} per (indicator,
 * year), because almost every operation (a Gini, a normalisation, an aggregation) runs down such a
 * column. {@link #column(String, int)} returns a copy of one.
 *
 * <p>Order: economies and indicators keep their insertion order; years are ascending and are those
 * that hold a cell (or were added with {@link Builder#addYear(int)}). Economies, indicators and
 * years without any value are kept.
 *
 * <p>Instances are immutable and thread-safe. Views ({@link #crossSection(int)}, the selections,
 * {@link #join(Panel)}) return new panels and share unchanged columns with this one. Two panels are
 * equal when they have the same economies, indicators and years in the same order and the same
 * cells (compared as {@link Double#equals(Object)} does).
 *
 * <p>Build one with {@link #builder()} or from long-format {@link Row}s with
 * {@link #fromRows(Iterable)}.
 */
public final class Panel {

    /** The smallest year a panel accepts. */
    public static final int MIN_YEAR = 1000;
    /** The largest year a panel accepts. */
    public static final int MAX_YEAR = 9999;

    static {
        PanelAccess.install(AdoptedPanel::adopt);
    }

    private final CodeIndex<Economy> economies;
    private final CodeIndex<Indicator> indicators;
    private final int[] years;
    /** {@code [indicator * years.length + yearIndex]}; {@code null} = no value; never modified. */
    private final double[][] columns;
    private int hash;

    /**
     * A panel over the given axes and columns, which the caller hands over and no longer touches.
     *
     * @param economies  the economies, distinct codes
     * @param indicators the indicators, distinct codes
     * @param years      the years, ascending, distinct
     * @param columns    {@code [indicator * years.length + yearIndex]}, each of length
     *                   {@code economies.size()} holding at least one value, or {@code null}
     */
    Panel(List<Economy> economies, List<Indicator> indicators, int[] years, double[][] columns) {
        this.economies = new CodeIndex<>("economy", Economy::code, economies);
        this.indicators = new CodeIndex<>("indicator", Indicator::code, indicators);
        this.years = years;
        this.columns = columns;
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new PanelBuilder();
    }

    /**
     * A builder holding this panel's economies, indicators, years and values, to which more can be
     * added (a value that differs from a stored one is still rejected).
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new PanelBuilder().merge(this, "duplicate value for");
    }

    /** {@return the economies in insertion order, as an unmodifiable list} */
    public List<Economy> economies() {
        return economies.list();
    }

    /** {@return the indicators in insertion order, as an unmodifiable list} */
    public List<Indicator> indicators() {
        return indicators.list();
    }

    /** {@return a copy of the years, ascending} */
    public int[] years() {
        return years.clone();
    }

    /** {@return the number of economies} */
    public int economyCount() {
        return economies.size();
    }

    /** {@return the number of indicators} */
    public int indicatorCount() {
        return indicators.size();
    }

    /** {@return the number of years} */
    public int yearCount() {
        return years.length;
    }

    /**
     * The position of an economy in {@link #economies()}.
     *
     * @param code the economy code
     * @return the index, or −1 when the panel has no such economy
     */
    public int economyIndex(String code) {
        return economies.indexOf(code);
    }

    /**
     * The position of an indicator in {@link #indicators()}.
     *
     * @param code the indicator code
     * @return the index, or −1 when the panel has no such indicator
     */
    public int indicatorIndex(String code) {
        return indicators.indexOf(code);
    }

    /**
     * The position of a year in {@link #years()}.
     *
     * @param year the year
     * @return the index, or −1 when the panel has no such year
     */
    public int yearIndex(int year) {
        int i = Arrays.binarySearch(years, year);
        return i < 0 ? -1 : i;
    }

    /**
     * The economy with a code.
     *
     * @param code the economy code
     * @return the economy
     * @throws IllegalArgumentException if the panel has no such economy
     */
    public Economy economy(String code) {
        return economies.get(economies.require(code));
    }

    /**
     * The indicator with a code.
     *
     * @param code the indicator code
     * @return the indicator
     * @throws IllegalArgumentException if the panel has no such indicator
     */
    public Indicator indicator(String code) {
        return indicators.get(indicators.require(code));
    }

    /**
     * One cell.
     *
     * @param economy   the economy code
     * @param indicator the indicator code
     * @param year      the year
     * @return the value, or {@code NaN} when missing
     * @throws IllegalArgumentException if the economy, indicator or year is not in the panel
     */
    public double value(String economy, String indicator, int year) {
        return value(economies.require(economy), indicators.require(indicator), requireYear(year));
    }

    /**
     * One cell, by position.
     *
     * @param economyIndex   the position in {@link #economies()}
     * @param indicatorIndex the position in {@link #indicators()}
     * @param yearIndex      the position in {@link #years()}
     * @return the value, or {@code NaN} when missing
     * @throws IndexOutOfBoundsException if a position is out of range
     */
    public double value(int economyIndex, int indicatorIndex, int yearIndex) {
        Objects.checkIndex(economyIndex, economies.size());
        double[] column = columns[slot(indicatorIndex, yearIndex)];
        return column == null ? Double.NaN : column[economyIndex];
    }

    /**
     * The values of one indicator in one year, aligned with {@link #economies()}.
     *
     * @param indicator the indicator code
     * @param year      the year
     * @return a new array ({@code NaN} = missing)
     * @throws IllegalArgumentException if the indicator or year is not in the panel
     */
    public double[] column(String indicator, int year) {
        return column(indicators.require(indicator), requireYear(year));
    }

    /**
     * The values of one indicator in one year, by position, aligned with {@link #economies()}.
     *
     * @param indicatorIndex the position in {@link #indicators()}
     * @param yearIndex      the position in {@link #years()}
     * @return a new array ({@code NaN} = missing)
     * @throws IndexOutOfBoundsException if a position is out of range
     */
    public double[] column(int indicatorIndex, int yearIndex) {
        double[] column = columns[slot(indicatorIndex, yearIndex)];
        return column == null ? CellGrid.resize(new double[0], economies.size()) : column.clone();
    }

    /**
     * How many economies have a value for one indicator in one year.
     *
     * @param indicator the indicator code
     * @param year      the year
     * @return the count of non-missing cells
     * @throws IllegalArgumentException if the indicator or year is not in the panel
     */
    public int countPresent(String indicator, int year) {
        return PanelColumns.countPresent(columns[slot(indicators.require(indicator), requireYear(year))]);
    }

    /** {@return the number of non-missing cells in the whole panel} */
    public long valueCount() {
        long n = 0;
        for (double[] column : columns) {
            n += PanelColumns.countPresent(column);
        }
        return n;
    }

    /**
     * Whether the panel holds no value at all (it may still list economies, indicators and years).
     *
     * @return {@code true} when every cell is missing
     */
    public boolean isEmpty() {
        for (double[] column : columns) {
            if (column != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The latest year in which at least a share {@code minCoverage} of the economies has a value
     * for an indicator (and at least one economy has): "the latest complete year" for
     * {@code minCoverage = 1}.
     *
     * @param indicator   the indicator code
     * @param minCoverage the share of economies required, in [0, 1]
     * @return the year, or empty when no year qualifies
     * @throws IllegalArgumentException if the indicator is not in the panel or {@code minCoverage}
     *                                  is outside [0, 1]
     */
    public OptionalInt latestYear(String indicator, double minCoverage) {
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1]: " + minCoverage);
        }
        int i = indicators.require(indicator);
        for (int y = years.length - 1; y >= 0; y--) {
            int n = PanelColumns.countPresent(columns[slot(i, y)]);
            if (n > 0 && (double) n / economies.size() >= minCoverage) {
                return OptionalInt.of(years[y]);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * All indicators and economies in one year.
     *
     * @param year the year
     * @return a panel with that single year
     * @throws IllegalArgumentException if the year is not in the panel
     */
    public Panel crossSection(int year) {
        return selectYears(List.of(year));
    }

    /**
     * Some economies, in the order given; all indicators and years are kept.
     *
     * @param codes economy codes, each in the panel, without repetition
     * @return the selection
     * @throws IllegalArgumentException if a code is unknown or repeated
     */
    public Panel selectEconomies(Collection<String> codes) {
        int[] picked = Checks.positions(codes, "economy", economies::indexOf);
        List<Economy> selected = new ArrayList<>(picked.length);
        for (int e : picked) {
            selected.add(economies.get(e));
        }
        return new Panel(selected, indicators.list(), years, PanelColumns.ofEconomies(columns, picked));
    }

    /**
     * Some indicators, in the order given; all economies and years are kept.
     *
     * @param codes indicator codes, each in the panel, without repetition
     * @return the selection
     * @throws IllegalArgumentException if a code is unknown or repeated
     */
    public Panel selectIndicators(Collection<String> codes) {
        int[] picked = Checks.positions(codes, "indicator", indicators::indexOf);
        List<Indicator> selected = new ArrayList<>(picked.length);
        for (int i : picked) {
            selected.add(indicators.get(i));
        }
        return new Panel(economies.list(), selected, years, PanelColumns.ofIndicators(columns, years.length, picked));
    }

    /**
     * Some years; all economies and indicators are kept. The years of a panel are always
     * ascending, whatever the order of the argument.
     *
     * @param selectedYears years, each in the panel, without repetition
     * @return the selection
     * @throws IllegalArgumentException if a year is not in the panel or repeated
     */
    public Panel selectYears(Collection<Integer> selectedYears) {
        int[] picked = Checks.positions(selectedYears, "year", this::yearIndex);
        Arrays.sort(picked);
        int[] kept = new int[picked.length];
        for (int k = 0; k < picked.length; k++) {
            kept[k] = years[picked[k]];
        }
        return new Panel(economies.list(), indicators.list(), kept,
                PanelColumns.ofYears(columns, indicators.size(), years.length, picked));
    }

    /**
     * The union of two panels on (economy, year): economies and indicators of this panel first,
     * then those only in {@code other}; the years of both.
     *
     * @param other the other panel
     * @return the joined panel
     * @throws IllegalArgumentException if a cell holds different values in the two panels (naming
     *                                  the cell and both values), or one code carries two different
     *                                  economy or indicator definitions
     */
    public Panel join(Panel other) {
        Objects.requireNonNull(other, "other panel");
        return new PanelBuilder().merge(this, "duplicate value for").merge(other, "conflicting values in join for")
                .build();
    }

    /**
     * The non-missing cells in long format, ordered by indicator, year, then economy (each in panel
     * order).
     *
     * @return an unmodifiable list
     */
    public List<Row> toRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            for (int y = 0; y < years.length; y++) {
                double[] column = columns[slot(i, y)];
                for (int e = 0; column != null && e < column.length; e++) {
                    if (!Double.isNaN(column[e])) {
                        rows.add(new Row(economies.get(e).code(), indicators.get(i).code(), years[y], column[e]));
                    }
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * A panel from long-format rows: economies are created with {@code Economy.of(code, code)},
     * indicators with {@link Indicator#of(String)}, both in order of first appearance. A row with a
     * {@code NaN} value registers its economy, indicator and year without a value.
     *
     * @param rows the rows
     * @return the panel
     * @throws IllegalArgumentException on a conflicting duplicate cell, an infinite value or a
     *                                  year out of range
     */
    public static Panel fromRows(Iterable<Row> rows) {
        PanelBuilder builder = new PanelBuilder();
        for (Row row : rows) {
            builder.putCreating(row);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Panel p && economies.list().equals(p.economies.list())
                && indicators.list().equals(p.indicators.list())
                && Arrays.equals(years, p.years) && Arrays.deepEquals(columns, p.columns);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(economies.list(), indicators.list(), Arrays.hashCode(years), Arrays.deepHashCode(columns));
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        String span = years.length == 0 ? "" : " (" + years[0] + ".." + years[years.length - 1] + ")";
        return "Panel[economies=" + economies.size() + ", indicators=" + indicators.size() + ", years="
                + years.length + span + ", values=" + valueCount() + "]";
    }

    private int slot(int indicatorIndex, int yearIndex) {
        Objects.checkIndex(indicatorIndex, indicators.size());
        Objects.checkIndex(yearIndex, years.length);
        return indicatorIndex * years.length + yearIndex;
    }

    /**
     * The stored column of an indicator-year, not a copy: callers in this package must not modify
     * it.
     *
     * @param indicatorIndex the position in {@link #indicators()}
     * @param yearIndex      the position in {@link #years()}
     * @return the column, or {@code null} when it holds no value
     */
    double[] columnOrNull(int indicatorIndex, int yearIndex) {
        return columns[slot(indicatorIndex, yearIndex)];
    }

    private int requireYear(int year) {
        return Checks.found(yearIndex(year), "year", year);
    }

    /**
     * Collects economies, indicators and cells, then builds a {@link Panel}. Not thread-safe; each
     * {@link #build()} returns an independent panel and the builder can go on.
     *
     * <p>A cell may be put twice with the same value; a different value is rejected. A {@code NaN}
     * value is a missing cell: it registers the year but stores nothing, so a later real value for
     * the same cell is accepted.
     */
    public sealed interface Builder permits PanelBuilder {

        /**
         * Adds an economy (again, if an equal one is present).
         *
         * @param economy the economy
         * @return this builder
         * @throws IllegalArgumentException if another economy with the same code was added
         */
        Builder addEconomy(Economy economy);

        /**
         * Adds an indicator (again, if an equal one is present).
         *
         * @param indicator the indicator
         * @return this builder
         * @throws IllegalArgumentException if another indicator with the same code was added
         */
        Builder addIndicator(Indicator indicator);

        /**
         * Adds a year even if no cell will hold a value in it.
         *
         * @param year the year, in [{@value Panel#MIN_YEAR}, {@value Panel#MAX_YEAR}]
         * @return this builder
         * @throws IllegalArgumentException if the year is out of range
         */
        Builder addYear(int year);

        /**
         * Puts a value for an economy and an indicator added before.
         *
         * @param economyCode   the economy code
         * @param indicatorCode the indicator code
         * @param year          the year, in [{@value Panel#MIN_YEAR}, {@value Panel#MAX_YEAR}]
         * @param value         the value, finite or {@code NaN} (missing)
         * @return this builder
         * @throws IllegalArgumentException if the economy or indicator is unknown, the year out of
         *                                  range, the value infinite, or the cell already holds
         *                                  another value (naming the cell and both values)
         */
        Builder put(String economyCode, String indicatorCode, int year, double value);

        /**
         * Puts a value, adding the economy and the indicator if absent.
         *
         * @param economy   the economy
         * @param indicator the indicator
         * @param year      the year, in [{@value Panel#MIN_YEAR}, {@value Panel#MAX_YEAR}]
         * @param value     the value, finite or {@code NaN} (missing)
         * @return this builder
         * @throws IllegalArgumentException as {@link #addEconomy(Economy)},
         *                                  {@link #addIndicator(Indicator)} and
         *                                  {@link #put(String, String, int, double)} do
         */
        Builder put(Economy economy, Indicator indicator, int year, double value);

        /**
         * Puts the values of one indicator-year for every economy added so far.
         *
         * @param indicatorCode the indicator code
         * @param year          the year, in [{@value Panel#MIN_YEAR}, {@value Panel#MAX_YEAR}]
         * @param values        one value per economy in insertion order; not modified
         * @return this builder
         * @throws IllegalArgumentException if the length differs from the number of economies, or
         *                                  as {@link #put(String, String, int, double)} does
         */
        Builder putColumn(String indicatorCode, int year, double[] values);

        /**
         * Builds the panel.
         *
         * @return a new, independent panel
         */
        Panel build();
    }

    /**
     * One cell in long format.
     *
     * @param economy   the economy code, non-blank
     * @param indicator the indicator code, non-blank
     * @param year      the year
     * @param value     the value ({@code NaN} = missing)
     */
    public record Row(String economy, String indicator, int year, double value) {

        /**
         * Validates the codes.
         *
         * @throws IllegalArgumentException if a code is null, blank or padded with white space
         */
        public Row {
            Checks.code("economy code", economy);
            Checks.code("indicator code", indicator);
        }
    }
}
