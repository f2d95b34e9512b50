package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.fetch.Provenance;

/**
 * The data every command reads: the files of {@code --data}, joined into one panel by economy and
 * year ({@link DatasetLoader}), with the text columns of the files as attributes (group labels),
 * the groupings a COINr iData carries, the notes of what was read and left out, and the
 * provenance of the series fetched from providers.
 *
 * <p>Values of a table without years are <em>undated</em>: they sit at {@link #UNDATED} and
 * {@link #value} lends them to any year, so that a readiness score of one edition can be weighted
 * by the population of a chosen year.
 */
final class Dataset {

    /** The year at which undated values are kept; never shown. */
    static final int UNDATED = Panel.MAX_YEAR;

    private final String source;
    private final Panel panel;
    private final Set<String> undated;
    private final Map<String, Map<String, String>> attributes;
    private final List<Grouping> groupings;
    private final List<String> notes;
    private final List<String> formats;
    private final List<Provenance> fetched;

    Dataset(String source, Panel panel, Set<String> undated, Map<String, Map<String, String>> attributes,
            List<Grouping> groupings, List<String> notes, List<String> formats, List<Provenance> fetched) {
        this.formats = List.copyOf(formats);
        this.fetched = List.copyOf(fetched);
        this.source = source;
        this.panel = panel;
        this.undated = Set.copyOf(undated);
        this.attributes = new LinkedHashMap<>(attributes);
        this.groupings = List.copyOf(groupings);
        this.notes = new ArrayList<>(notes);
    }

    /** {@return the files read, for messages: one name, or the names joined with " + "} */
    String source() {
        return source;
    }

    /** {@return the joined panel; undated indicators sit at {@link #UNDATED}} */
    Panel panel() {
        return panel;
    }

    /** {@return the economies, in panel order} */
    List<Economy> economies() {
        return panel.economies();
    }

    /** {@return the years of the dated values, ascending; empty when every file is undated} */
    int[] years() {
        return Arrays.stream(panel.years()).filter(y -> y != UNDATED).toArray();
    }

    /**
     * Whether an indicator came from a table without years.
     *
     * @param indicator the indicator code
     * @return {@code true} if its values are undated
     */
    boolean undated(String indicator) {
        return undated.contains(indicator);
    }

    /**
     * A value; an undated indicator gives its one value in any year.
     *
     * @param economy   the economy code
     * @param indicator the indicator code
     * @param year      the year (ignored for an undated indicator)
     * @return the value, {@code NaN} when missing
     */
    double value(String economy, String indicator, int year) {
        int y = panel.yearIndex(undated.contains(indicator) ? UNDATED : year);
        return y < 0 ? Double.NaN : panel.value(panel.economyIndex(economy), panel.indicatorIndex(indicator), y);
    }

    /**
     * The panel of one year, undated values placed at that year, for an index build.
     *
     * @param year the year
     * @return the panel
     */
    Panel at(int year) {
        if (undated.isEmpty()) {
            return panel;
        }
        List<Panel.Row> rows = new ArrayList<>();
        for (Panel.Row r : panel.toRows()) {
            rows.add(r.year() == UNDATED ? new Panel.Row(r.economy(), r.indicator(), year, r.value()) : r);
        }
        Panel.Builder b = Panel.builder();
        panel.economies().forEach(b::addEconomy);
        panel.indicators().forEach(b::addIndicator);
        for (Panel.Row r : rows) {
            b.put(r.economy(), r.indicator(), r.year(), r.value());
        }
        return b.build();
    }

    /**
     * The panel of some years, undated values placed in each of them, for an index built over
     * time.
     *
     * @param years the years, each a dated year of the data
     * @return the panel
     */
    Panel over(int[] years) {
        List<Integer> kept = Arrays.stream(years).boxed().toList();
        Panel dated = panel.selectYears(kept);
        if (undated.isEmpty()) {
            return dated;
        }
        Panel.Builder b = dated.toBuilder();
        int at = panel.yearIndex(UNDATED);
        for (String code : undated) {
            int ind = panel.indicatorIndex(code);
            for (int e = 0; e < panel.economyCount(); e++) {
                double v = panel.value(e, ind, at);
                for (int year : years) {
                    b.put(panel.economies().get(e).code(), code, year, v);
                }
            }
        }
        return b.build();
    }

    /**
     * The indicator a user names: its code exactly, else without regard to case, else by its name.
     *
     * @param name   the name given (a WDI code, a column name)
     * @param option the option that gave it, for the message
     * @return the indicator code
     * @throws IllegalArgumentException naming the option, the files and the indicators they hold
     */
    String indicator(String name, String option) {
        if (panel.indicatorIndex(name) >= 0) {
            return name;
        }
        for (Indicator i : panel.indicators()) {
            if (i.code().equalsIgnoreCase(name.strip()) || i.name().equalsIgnoreCase(name.strip())) {
                return i.code();
            }
        }
        throw new IllegalArgumentException(source + ": " + option + " " + name + ": no such indicator; the data hold "
                + listed(panel.indicators().stream().map(Indicator::code).toList()));
    }

    /**
     * The indicator used when the user names none: the only one besides those already named (the
     * weights).
     *
     * @param option the option to name in the message
     * @param named  the indicators named by other options, possibly {@code null}
     * @return the indicator code
     * @throws IllegalArgumentException if the data hold several, listing them
     */
    String onlyIndicator(String option, String named) {
        List<String> codes = panel.indicators().stream().map(Indicator::code).filter(c -> !c.equals(named)).toList();
        if (codes.size() == 1) {
            return codes.get(0);
        }
        if (codes.isEmpty()) {
            List<String> typos = notes.stream().filter(n -> n.contains(" is read as text")).toList();
            throw new IllegalArgumentException(typos.isEmpty() ? source + ": no numeric column to measure (the columns"
                    + " are " + (attributes.isEmpty() ? "keys" : "text: " + String.join(", ", attributes.keySet()))
                    + ")" : String.join("; ", typos));
        }
        throw new IllegalArgumentException(source + ": the data hold " + codes.size() + " indicators; name one with "
                + option + ": " + listed(codes));
    }

    private static String listed(List<String> codes) {
        return codes.size() <= 12 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 12)) + ", ... (" + codes.size() + " in all)";
    }

    /**
     * The text columns of the files and the groupings of COINr iData, as groupings by name.
     *
     * @return name → grouping, in file order
     */
    Map<String, Grouping> groupings() {
        Map<String, Grouping> all = new LinkedHashMap<>();
        for (Grouping g : groupings) {
            all.put(g.name(), g);
        }
        attributes.forEach((column, labels) -> all.putIfAbsent(column, Groups.ordered(Grouping.of(column, labels))));
        return all;
    }

    /**
     * The grouping of a column or iData grouping, without regard to case.
     *
     * @param name the name
     * @return the grouping, or {@code null}
     */
    Grouping grouping(String name) {
        for (Map.Entry<String, Grouping> g : groupings().entrySet()) {
            if (g.getKey().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return g.getValue();
            }
        }
        return null;
    }

    /** {@return the format each file was read in, in the order of the files ("wdi", "table of economies")} */
    List<String> formats() {
        return formats;
    }

    /** {@return the provenance of every provider response read (URL, time fetched, SHA-256); empty without fetches} */
    List<Provenance> fetched() {
        return fetched;
    }

    /** {@return what was read and left out, one line each} */
    List<String> notes() {
        return notes;
    }
}
