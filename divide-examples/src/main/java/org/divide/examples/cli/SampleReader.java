package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.examples.cli.Sample.Row;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;

/**
 * Reads the rows of a {@link Sample}: one plain CSV row by row (so that every error names its line,
 * and the rows may be units rather than economies), anything else through {@link DatasetLoader}
 * and a {@link Dataset}; aggregates and unknown economies excluded and {@code --group} applied the
 * same way on both routes.
 */
final class SampleReader {

    private SampleReader() {
    }

    /**
     * Reads the data of the options. One plain CSV (no published format detected) is read row by
     * row, so that every error names its line, and may hold units instead of economies; anything
     * else (published formats, several files, standard input) is read into a {@link Dataset}
     * first. Aggregates and unknown economies are excluded unless told to keep them.
     *
     * @param c         the options
     * @param group     what {@code --group} names, or {@code null}
     * @param groupYear the fiscal year of {@code --group wb-income}, or {@code null}
     * @param stdin     standard input, for {@code --data -}
     * @return the sample
     * @throws IOException if a file cannot be read or holds bad data
     */
    static Sample read(SampleColumns c, String group, Integer groupYear, InputStream stdin) throws IOException {
        DataOptions d = c.data;
        d.requireFiles();
        if (d.files.size() == 1 && d.format() == null && d.indicatorColumn == null && d.valueColumn == null
                && d.economies == null && !d.files.get(0).equals(DataInput.STDIN)
                && !FetchSpec.names(d.files.get(0))) {
            DataInput input = DataInput.of(d.files.get(0), stdin).within(d.readOptions().limits());
            PanelFormat format = input.detect();
            if ((format == null || format == PanelFormat.WIDE_INDICATORS) && !economyTableWithoutValue(c, input)) {
                return readRows(c, input, group, groupYear);
            }
        }
        Dataset data = new DatasetLoader(d, stdin).load();
        Grouping grouping = group == null ? null : Groups.resolve(group, groupYear, data);
        String weight = c.weight == null ? null : data.indicator(c.weight, "--weight");
        String value = c.value != null ? data.indicator(c.value, "--value") : data.onlyIndicator("--value", weight);
        return of(data, value, weight, grouping);
    }

    /** A table of economies without --value nor a 'value' column: its one indicator is found as a dataset's. */
    private static boolean economyTableWithoutValue(SampleColumns c, DataInput input) throws IOException {
        List<String> header = PlainCsv.header(input);
        return c.value == null && ColumnNames.detect(header, List.of("value")) == null
                && (c.data.economyColumn != null || ColumnNames.detect(header, ColumnNames.ECONOMY) != null);
    }

    /** The rows of a joined dataset: one per economy and year, labelled by the grouping if any. */
    private static Sample of(Dataset data, String value, String weight, Grouping grouping) {
        int[] dated = data.years();
        boolean yearly = dated.length > 0 && !(data.undated(value) && (weight == null || data.undated(weight)));
        int[] years = yearly ? dated : new int[] {0};
        List<Row> rows = new ArrayList<>();
        for (Economy e : data.economies()) {
            for (int y : years) {
                double w = weight == null ? 1 : data.value(e.code(), weight, y);
                rows.add(new Row(0, e.code(), y, data.value(e.code(), value, y), w, null));
            }
        }
        Sample s = new Sample(data.source(), value, true, yearly, rows);
        s.readNotes(data.notes());
        s.fetched(data.fetched());
        if (weight != null && !weight.equals(value)) {
            s.note("values " + value + ", weights " + weight);
        }
        if (grouping != null) {
            s.classify(grouping);
        }
        return s;
    }

    /** One plain CSV, row by row. */
    private static Sample readRows(SampleColumns c, DataInput input, String group, Integer groupYear)
            throws IOException {
        List<String> header = PlainCsv.header(input);
        String value = c.value != null ? c.value : ColumnNames.detect(header, List.of("value"));
        if (value == null) {
            throw new MalformedDataException(Location.of(input.source()), "no --value given and no column named"
                    + " 'value'; columns: " + String.join(", ", header));
        }
        String economy = c.data.economyColumn != null ? c.data.economyColumn
                : ColumnNames.detect(header, ColumnNames.ECONOMY);
        String year = c.data.yearColumn != null ? c.data.yearColumn : ColumnNames.detect(header, ColumnNames.YEAR);
        boolean groupColumn = group != null && ColumnNames.detect(header, List.of(group)) != null;
        if (group != null && !groupColumn && economy == null) {
            throw new MalformedDataException(Location.line(input.source(), 1), "--group " + group + ": no such column"
                    + " (and no column of economies for a classification); columns: " + String.join(", ", header));
        }
        List<String> names = new ArrayList<>(List.of(value));
        int e = economy == null ? -1 : add(names, economy);
        int y = year == null ? -1 : add(names, year);
        int w = c.weight == null ? -1 : add(names, c.weight);
        int g = groupColumn ? add(names, group) : -1;
        PlainCsv csv = PlainCsv.read(input, names);
        Economies registry = Economies.worldBank();
        Map<String, Optional<Economy>> found = new HashMap<>();
        List<Row> rows = new ArrayList<>(csv.size());
        Set<String> aggregates = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int r = 0; r < csv.size(); r++) {
            String code = null;
            if (e >= 0) {
                String text = csv.text(r, e);
                Optional<Economy> hit = found.computeIfAbsent(text, registry::find);
                code = hit.map(Economy::code).orElse(text);
                if (hit.isEmpty()) {
                    unknown.add(text);
                } else if (hit.get().isAggregate()) {
                    aggregates.add(code);
                }
            }
            try {
                rows.add(row(csv, r, code, y, w, g));
            } catch (MalformedDataException bad) {
                throw code == null ? bad : new MalformedDataException(bad.location(), bad.reason() + " (economy "
                        + code + ")", bad);
            }
        }
        boolean detectedOnly = c.data.economyColumn == null && c.data.yearColumn == null;
        Sample s = new Sample(input.source(), value, e >= 0, y >= 0, rows);
        if (e >= 0 && c.data.economyColumn == null && unknown.size() == found.size() && !(group != null
                && !groupColumn)) {
            return s.asUnits("column '" + economy + "' holds no economy the registry knows: the rows are read as"
                    + " units (give --economy-column to read it as economies)");
        }
        if (e >= 0 && y >= 0 && detectedOnly && s.repeated() != null) {
            return s.asUnits("several rows per " + economy + " and " + year + ": the rows are read as units, not as"
                    + " a panel (give --economy-column and --year-column to read a panel)");
        }
        if (e >= 0) {
            s.exclude(aggregates, unknown, c.data.keepAggregates);
        }
        if (group != null && !groupColumn) {
            s.classify(Groups.resolve(group, groupYear, null));
        }
        return s;
    }

    private static Row row(PlainCsv csv, int r, String code, int y, int w, int g) throws MalformedDataException {
        double wr = w < 0 ? 1 : csv.number(r, w);
        if (wr < 0) {
            throw csv.error(r, w, "weight is negative: " + csv.text(r, w));
        }
        if (g >= 0 && csv.text(r, g).isEmpty()) {
            throw csv.error(r, g, "empty group label");
        }
        return new Row(csv.line(r), code, y < 0 ? 0 : csv.year(r, y), csv.number(r, 0), wr,
                g < 0 ? null : csv.text(r, g));
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }

}
