package org.divide.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The World Bank income group of each economy by fiscal year, FY1989 to FY2026, as bundled in
 * {@code economies/wb_income_history.csv}: one row per economy, one column per fiscal year, the
 * codes {@code L}, {@code LM}, {@code UM}, {@code H}, empty where the economy was not classified.
 * Immutable.
 */
final class EconomyIncomeHistory {

    /** The income codes and their labels, as the World Bank writes them. */
    private static final Map<String, String> LABELS = Map.of(
            "L", "Low income",
            "LM", "Lower middle income",
            "UM", "Upper middle income",
            "H", "High income");

    private final int firstYear;
    private final int lastYear;
    private final Map<String, String[]> codes;

    private EconomyIncomeHistory(int firstYear, int lastYear, Map<String, String[]> codes) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.codes = codes;
    }

    /**
     * Builds the history from its table, checking the year columns and the codes.
     *
     * @param table  the bundled table: {@code iso3,FY1989,...,FY2026}
     * @param known  the registry codes the rows may name
     * @return the history
     * @throws IllegalStateException if a column, code or economy is not as expected
     */
    static EconomyIncomeHistory of(EconomiesCsv.Table table, Set<String> known) {
        table.expect("iso3");
        int years = table.header().size() - 1;
        if (years < 1) {
            throw new IllegalStateException(table.source() + ": no fiscal-year columns");
        }
        int first = fiscalYear(table, 1);
        for (int i = 1; i <= years; i++) {
            if (fiscalYear(table, i) != first + i - 1) {
                throw new IllegalStateException(table.source() + ": column " + (i + 1) + " must be FY" + (first + i - 1)
                        + ", found " + table.header().get(i));
            }
        }
        Map<String, String[]> codes = new HashMap<>();
        for (EconomiesCsv.Record r : table.records()) {
            String code = r.required(0, "iso3");
            if (!known.contains(code)) {
                throw r.error("economy " + code + " is not in the registry");
            }
            String[] row = new String[years];
            for (int i = 0; i < years; i++) {
                String income = r.get(i + 1);
                if (income != null && !LABELS.containsKey(income)) {
                    throw r.error("income code of " + code + " in " + table.header().get(i + 1) + " is not one of "
                            + LABELS.keySet() + ": '" + income + "'");
                }
                row[i] = income;
            }
            if (codes.put(code, row) != null) {
                throw r.error("economy " + code + " is listed twice");
            }
        }
        return new EconomyIncomeHistory(first, first + years - 1, Map.copyOf(codes));
    }

    private static int fiscalYear(EconomiesCsv.Table table, int column) {
        String name = table.header().get(column);
        if (!name.matches("FY\\d{4}")) {
            throw new IllegalStateException(table.source() + ": column " + (column + 1) + " is not a fiscal year: " + name);
        }
        return Integer.parseInt(name.substring(2));
    }

    /**
     * The label of an income code.
     *
     * @param code {@code L}, {@code LM}, {@code UM} or {@code H}
     * @return the label, e.g. "Low income", or {@code null} for another code
     */
    static String label(String code) {
        return code == null ? null : LABELS.get(code);
    }

    /**
     * The first fiscal year covered.
     *
     * @return the year, e.g. 1989
     */
    int firstYear() {
        return firstYear;
    }

    /**
     * The last fiscal year covered.
     *
     * @return the year, e.g. 2026
     */
    int lastYear() {
        return lastYear;
    }

    /**
     * The income code of an economy in a fiscal year.
     *
     * @param code       the registry code
     * @param fiscalYear the fiscal year, within [{@link #firstYear()}, {@link #lastYear()}]
     * @return the code, empty if the economy is not in the history or was not classified that year
     */
    Optional<String> code(String code, int fiscalYear) {
        String[] row = codes.get(code);
        return row == null ? Optional.empty() : Optional.ofNullable(row[fiscalYear - firstYear]);
    }

    /**
     * The income codes of an economy by fiscal year, leaving out the years without one.
     *
     * @param code the registry code
     * @return fiscal year → income code, unmodifiable, empty if the economy is not in the history
     */
    NavigableMap<Integer, String> codes(String code) {
        String[] row = codes.get(code);
        NavigableMap<Integer, String> byYear = new TreeMap<>();
        if (row != null) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null) {
                    byYear.put(firstYear + i, row[i]);
                }
            }
        }
        return Collections.unmodifiableNavigableMap(byYear);
    }
}
