package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.ValueText;

/**
 * A researcher's table keyed by economy — ISO3, ISO2 or numeric code, or name, in a column given
 * or detected ({@link ColumnNames}) — with or without a column of years, one row per economy (and
 * year). Every other column whose cells are all numbers or missing is an indicator named by its
 * header; every other column is an attribute (a group label, a name), which {@link Dataset}
 * offers as a grouping. The Oxford readiness, Microsoft diffusion and TOP500 files are such
 * tables.
 *
 * <p>A table without years is undated: its values are placed at {@link Dataset#UNDATED} and
 * {@link Dataset} lends them to whatever year a command uses.
 */
final class EconomyTable {

    private EconomyTable() {
    }

    /**
     * What a table gives.
     *
     * @param result     the panel (economies, aggregates apart), the unmatched keys
     * @param attributes the text columns: column → economy code → label (blank cells left out)
     * @param dated      whether the table had a column of years
     * @param notes      text columns that look like numbers with a typo: the column and its first
     *                   cell that is not a number
     */
    record Read(ReadResult result, Map<String, Map<String, String>> attributes, boolean dated, List<String> notes) {
    }

    /**
     * Reads a table.
     *
     * @param input         the file or standard input
     * @param economyColumn the column of economies, or {@code null} to detect it
     * @param yearColumn    the column of years, or {@code null} to detect it (absent: undated)
     * @return the table's panel and attributes
     * @throws IOException if the input cannot be read, has no column of economies, or a row is
     *                     malformed or repeats an economy (and year), naming the file and line
     */
    static Read read(DataInput input, String economyColumn, String yearColumn) throws IOException {
        List<String> header = PlainCsv.header(input);
        String economy = economyColumn != null ? economyColumn : ColumnNames.detect(header, ColumnNames.ECONOMY);
        if (economy == null) {
            throw new MalformedDataException(Location.line(input.source(), 1), "no column of economies (one of "
                    + String.join(", ", ColumnNames.ECONOMY) + "); columns: " + String.join(", ", header)
                    + "; name the column (--economy-column) or the format (--from)");
        }
        String year = yearColumn != null ? yearColumn : ColumnNames.detect(header, ColumnNames.YEAR);
        PlainCsv csv = PlainCsv.read(input, header);
        int e = indexOf(header, economy, input);
        int y = year == null ? -1 : indexOf(header, year, input);
        List<Integer> numeric = new ArrayList<>();
        List<Integer> text = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != e && c != y) {
                int bad = firstNonNumber(csv, c);
                (bad < 0 ? numeric : text).add(c);
                if (bad >= 0 && mostlyNumbers(csv, c)) {
                    notes.add(input.source() + ": column " + header.get(c) + " is read as text (a grouping), not as"
                            + " an indicator: line " + csv.line(bad) + " holds '" + csv.text(bad, c) + "', not a number");
                }
            }
        }
        return new Read(panels(csv, e, y, numeric, header), attributes(csv, e, text, header), y >= 0, notes);
    }

    private static int indexOf(List<String> header, String column, DataInput input) throws MalformedDataException {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).equalsIgnoreCase(column.strip())) {
                return c;
            }
        }
        throw new MalformedDataException(Location.line(input.source(), 1), "no column '" + column + "'; columns: "
                + String.join(", ", header));
    }

    /** The first row whose cell is neither a number nor missing, or -1. */
    private static int firstNonNumber(PlainCsv csv, int column) {
        for (int r = 0; r < csv.size(); r++) {
            if (!isNumber(csv.text(r, column))) {
                return r;
            }
        }
        return -1;
    }

    /** Whether at least half of a column's cells are numbers (a typo, not a column of labels). */
    private static boolean mostlyNumbers(PlainCsv csv, int column) {
        int numbers = 0;
        for (int r = 0; r < csv.size(); r++) {
            String t = csv.text(r, column);
            numbers += !t.isEmpty() && isNumber(t) ? 1 : 0;
        }
        return 2 * numbers >= csv.size();
    }

    private static boolean isNumber(String text) {
        try {
            ValueText.number(text, ReadOptions.defaults());
            return true;
        } catch (IllegalArgumentException notANumber) {
            return false;
        }
    }

    private static ReadResult panels(PlainCsv csv, int e, int y, List<Integer> numeric, List<String> header)
            throws MalformedDataException {
        Economies registry = Economies.worldBank();
        Panel.Builder economies = Panel.builder();
        Panel.Builder aggregates = Panel.builder();
        Map<String, Optional<Economy>> found = new HashMap<>();
        Map<String, UnmatchedEconomy> unmatched = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int c : numeric) {
            economies.addIndicator(Indicator.of(header.get(c)));
            aggregates.addIndicator(Indicator.of(header.get(c)));
        }
        for (int r = 0; r < csv.size(); r++) {
            String key = csv.text(r, e);
            if (key.isEmpty()) {
                throw csv.error(r, e, "empty economy");
            }
            Economy economy = found.computeIfAbsent(key, registry::find).orElse(null);
            if (economy == null) {
                economy = Economy.of(key, key);
                counts.merge(key, 1L, Long::sum);
                unmatched.put(key, new UnmatchedEconomy(key, key, Location.cell(csv.source(), csv.line(r),
                        header.get(e)), counts.get(key)));
            }
            int year = y < 0 ? Dataset.UNDATED : csv.year(r, y);
            if (!seen.add(economy.code() + '\u0000' + year)) {
                throw csv.error(r, e, "a second row for " + economy.code() + (y < 0 ? "" : " in " + year));
            }
            Panel.Builder target = economy.isAggregate() ? aggregates : economies;
            target.addEconomy(economy);
            for (int c : numeric) {
                double v = csv.number(r, c);
                if (!Double.isNaN(v)) {
                    target.put(economy, Indicator.of(header.get(c)), year, v);
                }
            }
        }
        return new ReadResult(csv.source(), economies.build(), aggregates.build(),
                new ArrayList<>(unmatched.values()), List.of());
    }

    private static Map<String, Map<String, String>> attributes(PlainCsv csv, int e, List<Integer> text,
            List<String> header) {
        Economies registry = Economies.worldBank();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        for (int c : text) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int r = 0; r < csv.size(); r++) {
                String key = csv.text(r, e);
                String code = registry.find(key).map(Economy::code).orElse(key);
                if (!csv.text(r, c).isEmpty()) {
                    labels.putIfAbsent(code, csv.text(r, c));
                }
            }
            attributes.put(header.get(c), labels);
        }
        return attributes;
    }
}
