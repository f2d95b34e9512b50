package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.examples.report.Coverage;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelFormats;
import org.divide.metrics.inequality.NaNPolicy;

/**
 * Which rows of a researcher's CSV a command uses, said out loud: the one place where
 * {@code inequality} and {@code dynamics} decide which economies and years enter, and note what
 * they excluded and why.
 *
 * <p>The columns of economies and years are those given or detected by name; without them the
 * rows are plain units (people, households). With an economy column, World Bank aggregates and
 * codes the registry does not know are excluded unless {@code --keep-aggregates}. Each selection
 * step adds a one-line note; {@link #printNotes(PrintWriter)} prints them on standard error.
 */
final class Sample {

    private static final int LISTED = 5;

    /**
     * One row of the file.
     *
     * @param line    the line in the file
     * @param economy the economy (its registry code when known, else the text), or {@code null}
     * @param year    the year, or 0 without a year column
     * @param value   the value, {@code NaN} when missing
     * @param weight  the weight (1 without a weight column), {@code NaN} when missing
     * @param group   the group label, or {@code null}
     */
    record Row(long line, String economy, int year, double value, double weight, String group) {
    }

    private final String source;
    private final String valueColumn;
    private final boolean panel;
    private final boolean yearly;
    private List<Row> rows;
    private final List<String> notes = new ArrayList<>();
    private final List<String> read = new ArrayList<>();

    private Sample(String source, String valueColumn, boolean panel, boolean yearly, List<Row> rows) {
        this.source = source;
        this.valueColumn = valueColumn;
        this.panel = panel;
        this.yearly = yearly;
        this.rows = rows;
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
                && d.economies == null && !d.files.get(0).equals(DataInput.STDIN)) {
            DataInput input = DataInput.of(d.files.get(0), stdin);
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

    /** The rows of a joined dataset: one per economy and year with a value or a weight. */
    private static Sample of(Dataset data, String value, String weight, Grouping grouping) {
        int[] dated = data.years();
        boolean yearly = dated.length > 0 && !(data.undated(value) && (weight == null || data.undated(weight)));
        int[] years = yearly ? dated : new int[] {0};
        List<Row> rows = new ArrayList<>();
        Set<String> ungrouped = new LinkedHashSet<>();
        for (Economy e : data.economies()) {
            String group = grouping == null ? null : grouping.label(e.code()).orElse(null);
            for (int y : years) {
                double v = data.value(e.code(), value, y);
                double w = weight == null ? 1 : data.value(e.code(), weight, y);
                if (grouping != null && group == null) {
                    ungrouped.add(e.code());
                    continue;
                }
                rows.add(new Row(0, e.code(), y, v, w, group));
            }
        }
        Sample s = new Sample(data.source(), value, true, yearly, rows);
        s.read.addAll(data.notes());
        if (weight != null && !(weight.equals(value))) {
            s.notes.add("values " + value + ", weights " + weight);
        }
        if (!ungrouped.isEmpty()) {
            s.notes.add("left out " + ungrouped.size() + " econom" + (ungrouped.size() == 1 ? "y" : "ies")
                    + " without a group in " + grouping.name() + " (" + listed(ungrouped) + ")");
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

    /** Labels the rows by a classification of their economies; rows without a label are left out. */
    private void classify(Grouping grouping) {
        Set<String> ungrouped = new LinkedHashSet<>();
        List<Row> labelled = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Optional<String> label = grouping.label(r.economy());
            if (label.isEmpty()) {
                ungrouped.add(r.economy());
            } else {
                labelled.add(new Row(r.line(), r.economy(), r.year(), r.value(), r.weight(), label.get()));
            }
        }
        rows = labelled;
        if (!ungrouped.isEmpty()) {
            notes.add("left out " + ungrouped.size() + " econom" + (ungrouped.size() == 1 ? "y" : "ies")
                    + " without a group in " + grouping.name() + " (" + listed(ungrouped) + ")");
        }
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

    /** The same rows as plain units, without economies or years, with a note saying why. */
    private Sample asUnits(String why) {
        Sample units = new Sample(source, valueColumn, false, false, rows.stream().map(row -> new Row(row.line(),
                null, 0, row.value(), row.weight(), row.group())).collect(Collectors.toCollection(ArrayList::new)));
        units.read.addAll(read);
        units.notes.addAll(notes);
        units.notes.add(why);
        return units;
    }

    private void exclude(Set<String> aggregates, Set<String> unknown, boolean keep) {
        if (aggregates.isEmpty() && unknown.isEmpty()) {
            return;
        }
        String what = (aggregates.isEmpty() ? "" : aggregates.size() + " World Bank aggregate"
                + (aggregates.size() == 1 ? "" : "s") + " (" + listed(aggregates) + ")")
                + (aggregates.isEmpty() || unknown.isEmpty() ? "" : " and ")
                + (unknown.isEmpty() ? "" : unknown.size() + " unknown econom" + (unknown.size() == 1 ? "y" : "ies")
                        + " (" + listed(unknown) + ")");
        if (keep) {
            notes.add("kept " + what + " (--keep-aggregates)");
            return;
        }
        Set<String> out = new HashSet<>(aggregates);
        out.addAll(unknown);
        rows.removeIf(r -> out.contains(r.economy()));
        notes.add("excluded " + what + "; --keep-aggregates keeps them");
    }

    private static String listed(Set<String> codes) {
        String head = codes.stream().limit(LISTED).collect(Collectors.joining(", "));
        return codes.size() > LISTED ? head + ", ..." : head;
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }

    /** {@return whether the rows carry years} */
    boolean yearly() {
        return yearly;
    }

    /** {@return whether the rows carry economies} */
    boolean panel() {
        return panel;
    }

    /** {@return whether a row has a weight other than 1} */
    private boolean weighted() {
        return rows.stream().anyMatch(r -> r.weight() != 1);
    }

    /** {@return the rows selected so far} */
    List<Row> rows() {
        return rows;
    }

    /** {@return the file name, for messages} */
    String source() {
        return source;
    }

    /**
     * Keeps one year: the given one, or without it the latest well-covered year (see
     * {@link Coverage#SHARE}), with a note. Does nothing for a file without years.
     *
     * @param year the year asked for, or {@code null}
     * @throws IllegalArgumentException if a year is asked of a file without years, or has no row
     */
    void oneYear(Integer year) {
        if (!yearly) {
            if (year != null) {
                throw new IllegalArgumentException(source + ": --year " + year + " needs a column of years; give"
                        + " --year-column");
            }
            return;
        }
        TreeMap<Integer, Integer> counts = coverage();
        int chosen;
        if (year != null) {
            if (rows.stream().noneMatch(r -> r.year() == year)) {
                throw new IllegalArgumentException(source + ": no row in " + year + " (years " + rows.stream()
                        .mapToInt(Row::year).min().orElse(0) + "-" + rows.stream().mapToInt(Row::year).max().orElse(0)
                        + ")");
            }
            chosen = year;
        } else {
            int best = Coverage.best(counts);
            chosen = counts.descendingMap().entrySet().stream().filter(en -> en.getValue() >= Coverage.SHARE * best)
                    .mapToInt(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalArgumentException(source
                            + ": no row has a value" + (notes.isEmpty() ? "" : " after the selection: "
                                    + String.join("; ", notes))));
            notes.add("year " + chosen + ": the latest year with values for at least " + Coverage.percent()
                    + " of the most economies in any year (" + best + "); --year chooses another");
        }
        int kept = chosen;
        int other = (int) rows.stream().filter(r -> r.year() != kept).count();
        List<Integer> otherYears = rows.stream().map(Row::year).filter(y -> y != kept).distinct().sorted().toList();
        boolean joined = rows.stream().allMatch(r -> r.line() == 0);
        rows.removeIf(r -> r.year() != kept);
        if (other > 0 && joined) {
            notes.add("used the values of " + chosen + "; left out the other " + otherYears.size() + " year"
                    + (otherYears.size() == 1 ? "" : "s") + " (" + ranges(otherYears) + ")");
        } else if (other > 0) {
            notes.add("used the " + rows.size() + " rows of " + chosen + "; left out " + other + " rows of other years");
        }
    }

    /**
     * Keeps the years from {@code from} to {@code to} (either may be {@code null}), with a note.
     *
     * @param from the first year, or {@code null}
     * @param to   the last year, or {@code null}
     * @throws IllegalArgumentException if the data have no years, or none in the range
     */
    void within(Integer from, Integer to) {
        if (from == null && to == null) {
            return;
        }
        if (!yearly) {
            throw new IllegalArgumentException(source + ": --from/--to need years; the data have no column of years");
        }
        int before = rows.size();
        rows.removeIf(r -> from != null && r.year() < from || to != null && r.year() > to);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": no value in the years " + (from == null ? "" : from) + ".."
                    + (to == null ? "" : to));
        }
        if (rows.size() < before) {
            notes.add("kept the years " + (from == null ? "" : from) + ".." + (to == null ? "" : to) + " (--from/--to)");
        }
    }

    /** The number of rows with a value and a weight, by year. */
    private TreeMap<Integer, Integer> coverage() {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (Row r : rows) {
            if (present(r)) {
                counts.merge(r.year(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean present(Row r) {
        return !Double.isNaN(r.value()) && !Double.isNaN(r.weight());
    }

    /**
     * Applies the missing-value policy: skips rows whose value or weight is missing (with a note),
     * or rejects the first, naming the file, line and economy.
     *
     * @param policy the policy
     * @param weighted whether a weight column was given (for the wording)
     * @throws MalformedDataException under {@link NaNPolicy#REJECT} when a value is missing
     */
    void missing(NaNPolicy policy, boolean weighted) throws MalformedDataException {
        List<Row> gaps = rows.stream().filter(r -> !present(r)).toList();
        if (gaps.isEmpty()) {
            return;
        }
        if (policy == NaNPolicy.REJECT) {
            Row r = gaps.get(0);
            throw new MalformedDataException(Location.cell(source, r.line(), valueColumn), "missing value"
                    + (weighted ? " or weight" : "") + (r.economy() == null ? "" : " for " + r.economy())
                    + " (--missing skip skips such rows)");
        }
        rows.removeIf(r -> !present(r));
        Set<String> economies = gaps.stream().map(Row::economy).filter(e -> e != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        notes.add("skipped " + gaps.size() + " row" + (gaps.size() == 1 ? "" : "s") + " with a missing value"
                + (weighted ? " or weight" : "") + (economies.isEmpty() ? "" : " (" + listed(economies) + ")"));
    }

    /**
     * Checks that no economy has two rows in a year.
     *
     * @throws MalformedDataException naming the second row
     */
    void requireUnique() throws MalformedDataException {
        Row r = repeated();
        if (r != null) {
            throw new MalformedDataException(Location.cell(source, r.line(), valueColumn), "a second row for "
                    + r.economy() + (yearly ? " in " + r.year() : ""));
        }
    }

    private Row repeated() {
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            if (r.economy() != null && !seen.add(r.economy() + '\u0000' + r.year())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Keeps the years from {@code from} to {@code to}; when balanced, drops the years below the
     * coverage rule and keeps the economies with a value in every remaining year, with notes.
     *
     * @param from     the first year, or {@code null}
     * @param to       the last year, or {@code null}
     * @param balanced whether to balance the panel
     * @throws IllegalArgumentException if no row is left
     */
    void years(Integer from, Integer to, boolean balanced) {
        rows.removeIf(r -> from != null && r.year() < from || to != null && r.year() > to);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": no row in the years " + (from == null ? "" : from) + ".."
                    + (to == null ? "" : to));
        }
        if (!balanced) {
            notes.add("unbalanced panel: the economies may differ from year to year (--balanced keeps those"
                    + " observed in every year)");
            return;
        }
        TreeMap<Integer, Integer> counts = coverage();
        if (counts.isEmpty()) {
            throw new IllegalArgumentException(source + ": no row has a value" + (weighted() ? " and a weight" : ""));
        }
        int best = Coverage.best(counts);
        List<Integer> thin = Coverage.thin(counts);
        Set<Integer> kept = new HashSet<>(counts.keySet());
        thin.forEach(kept::remove);
        rows.removeIf(r -> !kept.contains(r.year()));
        if (!thin.isEmpty()) {
            notes.add("left out " + thin.size() + " year" + (thin.size() == 1 ? "" : "s") + " with values for fewer"
                    + " than " + Coverage.percent() + " of the most economies in any year (" + best + "): " + ranges(thin));
        }
        Map<String, Integer> years = new HashMap<>();
        rows.stream().filter(Sample::present).forEach(r -> years.merge(r.economy(), 1, Integer::sum));
        Set<String> all = rows.stream().map(Row::economy).collect(Collectors.toCollection(LinkedHashSet::new));
        rows.removeIf(r -> years.getOrDefault(r.economy(), 0) < kept.size());
        int left = (int) rows.stream().map(Row::economy).distinct().count();
        if (left == 0) {
            throw new IllegalArgumentException(source + ": no economy has a value in each of the " + kept.size()
                    + " years " + ranges(new ArrayList<>(new java.util.TreeSet<>(kept))) + "; narrow --from/--to or"
                    + " give --no-balanced");
        }
        notes.add("balanced panel: " + left + " of " + all.size() + " economies have a value in each of the "
                + kept.size() + " years " + ranges(new ArrayList<>(new java.util.TreeSet<>(kept)))
                + (left == all.size() ? "" : "; " + (all.size() - left) + " with a gap left out (--no-balanced keeps"
                        + " them)"));
    }

    /** Years as ranges for a terminal, such as "1960, 1965, 2000-2023". */
    private static String ranges(List<Integer> years) {
        return Coverage.ranges(years, "-");
    }

    /**
     * Prints the notes, one line each, as {@code divide: FILE: note}.
     *
     * @param err where to print
     */
    void printNotes(PrintWriter err) {
        for (String n : read) {
            err.println("divide: " + n);
        }
        for (String n : notes) {
            err.println("divide: " + source + ": " + n);
        }
        err.flush();
    }
}
