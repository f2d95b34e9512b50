package org.divide.examples.cli;

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

import org.divide.io.fetch.Provenance;
import org.divide.core.Grouping;
import org.divide.examples.report.Coverage;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.metrics.inequality.NaNPolicy;

/**
 * Which rows a command uses, said out loud: the one place where {@code inequality} and
 * {@code dynamics} decide which economies and years enter (one year, a range, a balanced panel,
 * missing values, unique economy-years), and note what they excluded and why.
 * {@link SampleReader} reads the rows; each selection step adds a one-line note;
 * {@link #printNotes(PrintWriter)} prints them on standard error.
 */
final class Sample {

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
    private List<Provenance> fetched = List.of();

    Sample(String source, String valueColumn, boolean panel, boolean yearly, List<Row> rows) {
        this.source = source;
        this.valueColumn = valueColumn;
        this.panel = panel;
        this.yearly = yearly;
        this.rows = rows;
    }

    /** Labels the rows by a classification of their economies; rows without a label are left out. */
    void classify(Grouping grouping) {
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
            notes.add(Notes.withoutGroup(ungrouped, grouping.name()));
        }
    }

    /** The same rows as plain units, without economies or years, with a note saying why. */
    Sample asUnits(String why) {
        Sample units = new Sample(source, valueColumn, false, false, rows.stream().map(row -> new Row(row.line(),
                null, 0, row.value(), row.weight(), row.group())).collect(Collectors.toCollection(ArrayList::new)));
        units.read.addAll(read);
        units.notes.addAll(notes);
        units.notes.add(why);
        return units;
    }

    void exclude(Set<String> aggregates, Set<String> unknown, boolean keep) {
        if (aggregates.isEmpty() && unknown.isEmpty()) {
            return;
        }
        String what = Notes.aggregatesAndUnknown(aggregates, unknown);
        if (keep) {
            notes.add("kept " + what + " (--keep-aggregates)");
            return;
        }
        Set<String> out = new HashSet<>(aggregates);
        out.addAll(unknown);
        rows.removeIf(r -> out.contains(r.economy()));
        notes.add("excluded " + what + "; --keep-aggregates keeps them");
    }

    /**
     * Adds a note of this sample's selection, printed after the notes of reading.
     *
     * @param note the note, without the file name
     */
    void note(String note) {
        notes.add(note);
    }

    /**
     * Adds the notes of reading the files, printed first and as they are.
     *
     * @param readNotes the notes, each naming its file
     */
    void readNotes(List<String> readNotes) {
        read.addAll(readNotes);
    }

    /**
     * Keeps the provenance of the series fetched from providers, for the outputs.
     *
     * @param sources the responses read
     */
    void fetched(List<Provenance> sources) {
        fetched = List.copyOf(sources);
    }

    /** {@return the provenance of the series fetched from providers; empty without fetches} */
    List<Provenance> fetched() {
        return fetched;
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
                + (weighted ? " or weight" : "") + (economies.isEmpty() ? "" : " (" + Notes.listed(economies) + ")"));
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

    Row repeated() {
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
