package org.divide.core;

import java.util.BitSet;

/**
 * The implementation of {@link Panel.Builder}: economies and indicators in a {@link CodeIndex}
 * each, the years in a bit set, the cells in a {@link CellGrid}.
 */
final class PanelBuilder implements Panel.Builder {

    private final CodeIndex<Economy> economies = new CodeIndex<>("economy", Economy::code);
    private final CodeIndex<Indicator> indicators = new CodeIndex<>("indicator", Indicator::code);
    /** Bit {@code year - MIN_YEAR} is set for every year of the panel. */
    private final BitSet years = new BitSet();
    private final CellGrid grid = new CellGrid();

    @Override
    public PanelBuilder addEconomy(Economy economy) {
        economies.add(economy);
        return this;
    }

    @Override
    public PanelBuilder addIndicator(Indicator indicator) {
        indicators.add(indicator);
        return this;
    }

    @Override
    public PanelBuilder addYear(int year) {
        years.set(checkYear(year) - Panel.MIN_YEAR);
        return this;
    }

    @Override
    public PanelBuilder put(String economyCode, String indicatorCode, int year, double value) {
        return putAt(economies.require(economyCode), indicators.require(indicatorCode), year, value,
                "duplicate value for");
    }

    @Override
    public PanelBuilder put(Economy economy, Indicator indicator, int year, double value) {
        return putAt(economies.add(economy), indicators.add(indicator), year, value, "duplicate value for");
    }

    @Override
    public PanelBuilder putColumn(String indicatorCode, int year, double[] values) {
        int indicator = indicators.require(indicatorCode);
        if (values.length != economies.size()) {
            throw new IllegalArgumentException("column for (" + indicatorCode + ", " + year + ") has " + values.length
                    + " values but the builder has " + economies.size() + " economies");
        }
        addYear(year);
        for (int e = 0; e < values.length; e++) {
            putAt(e, indicator, year, values[e], "duplicate value for");
        }
        return this;
    }

    @Override
    public Panel build() {
        int[] panelYears = years.stream().map(bit -> bit + Panel.MIN_YEAR).toArray();
        double[][] columns = grid.toColumns(indicators.size(), panelYears, economies.size());
        return new Panel(economies.list(), indicators.list(), panelYears, columns);
    }

    /**
     * Puts a long-format row, creating its economy ({@code Economy.of(code, code)}) and indicator
     * ({@link Indicator#of(String)}) when their codes are new.
     *
     * @param row the row
     */
    void putCreating(Panel.Row row) {
        int economy = economies.indexOf(row.economy());
        if (economy < 0) {
            economy = economies.add(Economy.of(row.economy(), row.economy()));
        }
        int indicator = indicators.indexOf(row.indicator());
        if (indicator < 0) {
            indicator = indicators.add(Indicator.of(row.indicator()));
        }
        putAt(economy, indicator, row.year(), row.value(), "duplicate value for");
    }

    /**
     * Adds every economy, indicator, year and value of a panel.
     *
     * @param panel    the panel
     * @param conflict how a conflicting value is reported ("conflicting values in join for")
     * @return this builder
     */
    PanelBuilder merge(Panel panel, String conflict) {
        int[] economyAt = new int[panel.economyCount()];
        for (int e = 0; e < economyAt.length; e++) {
            economyAt[e] = economies.add(panel.economies().get(e));
        }
        int[] panelYears = panel.years();
        for (int year : panelYears) {
            addYear(year);
        }
        for (int i = 0; i < panel.indicatorCount(); i++) {
            int indicator = indicators.add(panel.indicators().get(i));
            for (int y = 0; y < panelYears.length; y++) {
                double[] column = panel.columnOrNull(i, y);
                for (int e = 0; column != null && e < column.length; e++) {
                    putAt(economyAt[e], indicator, panelYears[y], column[e], conflict);
                }
            }
        }
        return this;
    }

    private PanelBuilder putAt(int economy, int indicator, int year, double value, String conflict) {
        if (year < Panel.MIN_YEAR || year > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range [" + Panel.MIN_YEAR + ", " + Panel.MAX_YEAR
                    + "] in " + cell(economy, indicator, year));
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("value for " + cell(economy, indicator, year) + " is infinite: " + value);
        }
        double old = grid.merge(economy, indicator, year, value);
        if (!Double.isNaN(old)) {
            throw new IllegalArgumentException(conflict + " " + cell(economy, indicator, year) + ": " + old + " and " + value);
        }
        years.set(year - Panel.MIN_YEAR);
        return this;
    }

    private String cell(int economy, int indicator, int year) {
        return "(" + economies.get(economy).code() + ", " + indicators.get(indicator).code() + ", " + year + ")";
    }

    private static int checkYear(int year) {
        if (year < Panel.MIN_YEAR || year > Panel.MAX_YEAR) {
            throw new IllegalArgumentException(
                    "year out of range [" + Panel.MIN_YEAR + ", " + Panel.MAX_YEAR + "]: " + year);
        }
        return year;
    }
}
