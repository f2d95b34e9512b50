package org.divide.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.function.LongFunction;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.UnmatchedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared back end of every reader: resolves economies, registers indicators, collects cells,
 * detects conflicting duplicates, applies the strict or lenient policy, and builds the
 * {@link ReadResult}. A format reader only parses its syntax and feeds this class.
 *
 * <p>Typical use in a reader:
 * <pre>{@code
 * PanelCollector c = PanelCollector.create(source, options);
 * int indicator = c.indicator(Indicator.of("SP.POP.TOTL"));
 * for (each record at line n) {
 *     try {
 *         int economy = c.economy(code, name, n);
 *         c.put(economy, indicator, Values.year(yearText), Values.number(valueText, options), n);
 *     } catch (IllegalArgumentException e) {
 *         c.skip(Location.line(source, n), e.getMessage());   // throws in strict mode
 *     }
 * }
 * return c.finish();
 * }</pre>
 *
 * <p>Rules: each distinct economy key is resolved once, through {@link ReadOptions#resolver()},
 * then through the reader's fallback (for formats that describe their own economies), and is
 * otherwise unmatched; two keys resolving to the same economy share its cells. A cell put twice
 * with the same value, or with a missing value on either side, is accepted (the real value wins);
 * with two different values the second put fails naming both places. Economies of kind
 * {@code AGGREGATE} go to {@link ReadResult#aggregates()}. An economy or a year appears in a panel
 * when at least one of its records was accepted, even if every value is missing; every registered
 * indicator appears in both panels. Economies and indicators keep their order of first appearance.
 *
 * <p>Diagnostics go to the slf4j logger {@code org.divide.io.internal.PanelCollector} at DEBUG:
 * each skipped record (source, line, reason), each unknown economy (kept or dropped) and aggregate
 * kept apart, each repeated record ignored, and one summary line per read.
 *
 * <p>Memory: about 16 bytes per cell while reading (see {@code CellStore}), then the panel's dense
 * columns. Not thread-safe; one instance per read.
 */
public final class PanelCollector {

    private static final Logger LOG = LoggerFactory.getLogger(PanelCollector.class);

    private final String source;
    private final ReadOptions options;
    private final LongFunction<Location> locator;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, Integer> byCode = new HashMap<>();
    private final List<Entry> economies = new ArrayList<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<SkippedRecord> skipped = new ArrayList<>();
    private final CellStore cells;
    /** The store of {@link #forFastPath}; {@code null} for the others. */
    private final DenseCells dense;
    /** The store of {@link #putRows}, once {@link #rowsOf} has set it up; {@code null} before. */
    private RowCells store;
    private long repeated;
    private long seen;
    private Location emptyAt;
    private String emptyRule;

    /** An economy of this read, with the bookkeeping for unmatched ones. */
    private static final class Entry {
        final Economy economy;
        final boolean dropped;
        final UnmatchedEconomy unmatched;
        long records;

        Entry(Economy economy, boolean dropped, UnmatchedEconomy unmatched) {
            this.economy = economy;
            this.dropped = dropped;
            this.unmatched = unmatched;
        }
    }

    private PanelCollector(String source, ReadOptions options, LongFunction<Location> locator, boolean fast) {
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.cells = fast ? null : new CellStore();
        this.dense = fast ? new DenseCells() : null;
    }

    /**
     * A collector for a text source whose positions are line numbers.
     *
     * @param source  the source name used in messages
     * @param options the read options
     * @return the collector
     */
    public static PanelCollector create(String source, ReadOptions options) {
        return new PanelCollector(source, options, line -> Location.line(source, line), false);
    }

    /**
     * A collector for the fast paths of the text readers, which read only well-kept files and
     * leave anything else to the general path: each cell takes one record, and a second record of
     * the same cell, even an equal one, makes {@link #put} throw (the fast path then declines).
     * Cells are stored in the panel's own layout ({@link DenseCells}) with no position kept, and
     * {@link #finish()} hands them to the panel without a copy: the read needs about 8 bytes per
     * cell where the others need 16, then the panel's columns. A wide file's rows may instead be
     * put whole as parsed ({@link #rowsOf}, {@link #putRows}, {@link RowCells}).
     *
     * @param source  the source name used in messages
     * @param options the read options
     * @return the collector
     */
    public static PanelCollector forFastPath(String source, ReadOptions options) {
        return new PanelCollector(source, options, line -> Location.line(source, line), true);
    }

    /**
     * A collector whose positions the reader numbers its own way (record ordinals in a JSON
     * document, say) and turns into locations with {@code locator} when a message needs one.
     *
     * @param source  the source name used in messages
     * @param options the read options
     * @param locator turns a position given to {@link #put} or {@link #economy} into a location
     * @return the collector
     */
    public static PanelCollector create(String source, ReadOptions options, LongFunction<Location> locator) {
        return new PanelCollector(source, options, locator, false);
    }

    /**
     * The source name.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * The read options.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Resolves an economy through {@link ReadOptions#resolver()}.
     *
     * @param key      the code or name as written in the input
     * @param name     the name the input gives, or {@code null}
     * @param position where the key occurs (a line number for {@link #create(String, ReadOptions)})
     * @return the economy's handle for {@link #put}
     * @throws IllegalArgumentException if the key is blank
     * @throws MalformedDataException   if the key is unmatched and the policy is
     *                                  {@link UnmatchedPolicy#FAIL}
     */
    public int economy(String key, String name, long position) throws MalformedDataException {
        return economy(key, name, position, k -> Optional.empty());
    }

    /**
     * Resolves an economy through {@link ReadOptions#resolver()}, then through {@code fallback},
     * which formats that describe their own economies provide (an OWID aggregate, a row of the WDI
     * country metadata). Only keys that neither recognises are unmatched.
     *
     * @param key      the code or name as written in the input
     * @param name     the name the input gives, or {@code null}
     * @param position where the key occurs
     * @param fallback consulted when the resolver does not recognise the key
     * @return the economy's handle for {@link #put}
     * @throws IllegalArgumentException if the key is blank
     * @throws MalformedDataException   if the key is unmatched and the policy is
     *                                  {@link UnmatchedPolicy#FAIL}
     */
    public int economy(String key, String name, long position, EconomyResolver fallback)
            throws MalformedDataException {
        seen++;
        Integer known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String k = key.strip();
        if (k.isEmpty()) {
            throw new IllegalArgumentException("economy code is empty");
        }
        Optional<Economy> found = options.resolver().resolve(k);
        if (found.isEmpty()) {
            found = fallback.resolve(k);
        }
        int handle;
        if (found.isPresent()) {
            handle = register(found.get(), false, null);
            if (found.get().isAggregate()) {
                LOG.debug("{}: '{}' is the aggregate {}: kept apart from the economies", locator.apply(position), k,
                        found.get().code());
            }
        } else {
            String label = name == null || name.isBlank() ? k : name.strip();
            UnmatchedEconomy u = new UnmatchedEconomy(k, label, locator.apply(position), 0);
            if (options.unmatched() == UnmatchedPolicy.FAIL) {
                throw new MalformedDataException(u.firstSeen(), "unknown economy '" + k + "'"
                        + (label.equals(k) ? "" : " (" + label + ")"));
            }
            handle = register(Economy.of(k, label), options.unmatched() == UnmatchedPolicy.DROP, u);
            LOG.debug("{}: unknown economy '{}'{}: its records are {}", u.firstSeen(), k,
                    label.equals(k) ? "" : " (" + label + ")",
                    options.unmatched() == UnmatchedPolicy.DROP ? "dropped" : "kept under that code");
        }
        byKey.put(key, handle);
        return handle;
    }

    private int register(Economy economy, boolean dropped, UnmatchedEconomy unmatched) {
        Integer same = byCode.get(economy.code());
        if (same != null) {
            return same;
        }
        if (economies.size() == CellStore.MAX_CODES) {
            throw new IllegalArgumentException("more than " + CellStore.MAX_CODES + " economies");
        }
        economies.add(new Entry(economy, dropped, unmatched));
        byCode.put(economy.code(), economies.size() - 1);
        return economies.size() - 1;
    }

    /**
     * Registers an indicator by code, as {@link Indicator#of(String)} if it is new.
     *
     * @param code the indicator code
     * @return the indicator's handle for {@link #put}
     * @throws IllegalArgumentException if the code is blank or padded with white space
     */
    public int indicator(String code) {
        Integer i = indicatorIndex.get(code);
        return i != null ? i : indicator(Indicator.of(code));
    }

    /**
     * The number of indicators registered: their handles run from 0 to one less.
     *
     * @return the count
     */
    public int indicatorCount() {
        return indicators.size();
    }

    /**
     * The economy of a handle, as resolved (its code is the one the panel will use).
     *
     * @param handle a handle from {@link #economy}
     * @return the economy
     * @throws IndexOutOfBoundsException if the handle is not one of this collector's
     */
    public Economy economyOf(int handle) {
        return economies.get(handle).economy;
    }

    /**
     * Registers an indicator with its metadata, replacing the metadata of an indicator with the
     * same code registered before.
     *
     * @param indicator the indicator
     * @return the indicator's handle for {@link #put}
     */
    public int indicator(Indicator indicator) {
        Integer i = indicatorIndex.get(indicator.code());
        if (i != null) {
            indicators.set(i, indicator);
            return i;
        }
        if (indicators.size() == CellStore.MAX_CODES) {
            throw new IllegalArgumentException("more than " + CellStore.MAX_CODES + " indicators");
        }
        indicators.add(indicator);
        indicatorIndex.put(indicator.code(), indicators.size() - 1);
        return indicators.size() - 1;
    }

    /**
     * Puts one value.
     *
     * @param economy   a handle from {@link #economy}
     * @param indicator a handle from {@link #indicator}
     * @param year      the year, as {@link Values#year(String)} returns it
     * @param value     the value, {@code NaN} for a missing one
     * @param position  where the value was read (a line number for
     *                  {@link #create(String, ReadOptions)})
     * @throws IllegalArgumentException if the cell already holds a different value (the message
     *                                  names the cell, both values and the first place), or the
     *                                  year is out of range; in a reader, pass it to {@link #skip}
     * @throws IllegalStateException    if the collector takes whole rows ({@link #rowsOf})
     */
    public void put(int economy, int indicator, int year, double value, long position) {
        requireCells();
        Entry entry = economies.get(economy);
        Objects.checkIndex(indicator, indicators.size());
        checkYearAndValue(year, value);
        entry.records++;
        if (entry.dropped) {
            return;
        }
        if (dense != null) {
            if (!dense.add(economy, indicator, year, value)) {
                entry.records--;
                throw new IllegalArgumentException("a second record of (" + entry.economy.code() + ", "
                        + indicators.get(indicator).code() + ", " + year + ")");
            }
            return;
        }
        CellStore.Series series = cells.series(economy, indicator, year);
        int slot = series.index(year);
        if (!series.has(slot) || Double.isNaN(series.value(slot))) {
            if (series.has(slot)) {
                repeated(economy, indicator, year, position, series.position(slot));
            }
            series.set(slot, value, position);
        } else if (Double.isNaN(value) || Double.compare(series.value(slot), value) == 0) {
            repeated(economy, indicator, year, position, series.position(slot));
        } else {
            entry.records--;
            throw new IllegalArgumentException("conflicting duplicate for (" + entry.economy.code() + ", "
                    + indicators.get(indicator).code() + ", " + year + "): " + Values.format(value) + " here, "
                    + Values.format(series.value(slot)) + " at " + locator.apply(series.position(slot)));
        }
    }

    /**
     * Sets a fast-path collector up to take whole rows of a wide file ({@link #putRows}) instead of
     * single cells: the values of a row are one economy's in one key (an indicator or a year) and
     * each value column. Call it once, before any {@code putRows}, and then no {@link #put} or
     * {@link #putYears}.
     *
     * @param columns     per value column, its year (years across) or its indicator handle from
     *                    {@link #indicator} (indicators across)
     * @param yearsAcross whether the value columns are years
     * @throws IllegalArgumentException if two columns are the same year or indicator, a year is
     *                                  outside the panel's range, or an indicator handle is not one
     *                                  of this collector's
     * @throws IllegalStateException    if this is not a fast-path collector, or it has rows already
     */
    public void rowsOf(int[] columns, boolean yearsAcross) {
        if (dense == null || store != null) {
            throw new IllegalStateException("rows are for a fast-path collector, set up once");
        }
        for (int k = 0; !yearsAcross && k < columns.length; k++) {
            Objects.checkIndex(columns[k], indicators.size());
        }
        store = new RowCells(columns, yearsAcross);
    }

    /**
     * Puts whole rows (set up by {@link #rowsOf}): each row one economy's values in its key and
     * every value column, missing ones included (they mark the economy and the years as read,
     * though only the others are kept). The rows are kept as they are, not copied.
     *
     * @param rows the rows, their economies handles from {@link #economy} (changed: -1 where the
     *             economy is dropped) and their keys indicator handles (years across) or years
     *             (indicators across)
     * @throws IllegalArgumentException if a row's economy and key have a row already, or a year is
     *                                  outside the panel's range: the collector must then not be
     *                                  used further (the fast path declines). An infinite value is
     *                                  found by {@link #finish()}, which throws.
     */
    void putRows(ParsedRows rows) {
        boolean yearsAcross = store.yearsAcross();
        if (rows.width != store.width()) {
            throw new IllegalArgumentException("rows of " + rows.width + " values, not " + store.width());
        }
        for (int r = 0; r < rows.count; r++) {
            Entry entry = economies.get(rows.economies[r]);
            if (yearsAcross) {
                Objects.checkIndex(rows.keys[r], indicators.size());
            } else {
                checkYear(rows.keys[r]);
            }
            entry.records += rows.width;
            if (entry.dropped) {
                rows.economies[r] = -1;
            }
        }
        int repeat = store.add(rows);
        if (repeat >= 0) {
            Economy e = economies.get(rows.economies[repeat]).economy;
            throw new IllegalArgumentException("a second row of (" + e.code() + ", "
                    + (yearsAcross ? indicators.get(rows.keys[repeat]).code() : rows.keys[repeat]) + ")");
        }
    }

    /**
     * Puts the values of one economy and indicator in several years: the same as {@link #put} for
     * each year in turn, with the checks of the economy and indicator made once.
     *
     * @param economy    a handle from {@link #economy}
     * @param indicator  a handle from {@link #indicator}
     * @param years      the years, as {@link Values#year(String)} returns them, the {@code k}-th at
     *                   {@code yearsFrom + k}
     * @param yearsFrom  the first year's place in {@code years}
     * @param values     the values, {@code NaN} for a missing one, the {@code k}-th at {@code valuesFrom + k}
     * @param valuesFrom the first value's place in {@code values}
     * @param count      the number of values
     * @param position   where the values were read
     * @throws IllegalArgumentException as {@link #put}
     */
    public void putYears(int economy, int indicator, int[] years, int yearsFrom, double[] values, int valuesFrom,
            int count, long position) {
        requireCells();
        if (dense == null) {
            for (int k = 0; k < count; k++) {
                put(economy, indicator, years[yearsFrom + k], values[valuesFrom + k], position);
            }
            return;
        }
        Entry entry = economies.get(economy);
        Objects.checkIndex(indicator, indicators.size());
        if (count == 0) {
            return;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean infinite = false;
        for (int k = 0; k < count; k++) {
            first = Math.min(first, years[yearsFrom + k]);
            last = Math.max(last, years[yearsFrom + k]);
            infinite |= Math.abs(values[valuesFrom + k]) == Double.POSITIVE_INFINITY;
        }
        if (first < Panel.MIN_YEAR || last > Panel.MAX_YEAR || infinite) {
            // the one-by-one checks of put, for their message
            for (int k = 0; k < count; k++) {
                checkYearAndValue(years[yearsFrom + k], values[valuesFrom + k]);
            }
        }
        entry.records += count;
        if (entry.dropped) {
            return;
        }
        int repeat = dense.addYears(economy, indicator, years, yearsFrom, values, valuesFrom, count, first, last);
        if (repeat >= 0) {
            entry.records -= count - repeat;
            throw new IllegalArgumentException("a second record of (" + entry.economy.code() + ", "
                    + indicators.get(indicator).code() + ", " + years[yearsFrom + repeat] + ")");
        }
    }

    /** Throws if the collector takes whole rows ({@link #rowsOf}), which single cells would bypass. */
    private void requireCells() {
        if (store != null) {
            throw new IllegalStateException("this collector takes whole rows (putRows), not cells");
        }
    }

    /** Throws if a year is outside the panel's range or a value is infinite. */
    private static void checkYearAndValue(int year, double value) {
        checkYear(year);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("value is infinite: " + value);
        }
    }

    /**
     * Throws if a year is outside the panel's range.
     *
     * @param year the year
     * @throws IllegalArgumentException naming the year and the range
     */
    static void checkYear(int year) {
        if (year < Panel.MIN_YEAR || year > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside [" + Panel.MIN_YEAR + ", "
                    + Panel.MAX_YEAR + "]");
        }
    }

    /** Logs a record that repeats a cell without contradicting it. */
    private void repeated(int economy, int indicator, int year, long position, long first) {
        repeated++;
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: repeats ({}, {}, {}) of {} without conflict: one value kept", locator.apply(position),
                    economies.get(economy).economy.code(), indicators.get(indicator).code(), year,
                    locator.apply(first));
        }
    }

    /**
     * Reports a bad record: throws in strict mode, records it in lenient mode.
     *
     * @param location where the record is
     * @param reason   what is wrong, naming the value
     * @throws MalformedDataException in strict mode ({@link BadRecordPolicy#FAIL}), or in lenient
     *                                mode once more than {@link ReadOptions#maxSkipped()} records
     *                                have been skipped
     */
    public void skip(Location location, String reason) throws MalformedDataException {
        seen++;
        if (options.badRecords() == BadRecordPolicy.FAIL) {
            throw new MalformedDataException(location, reason);
        }
        if (skipped.size() >= options.maxSkipped()) {
            throw new MalformedDataException(location, reason + " (more than " + options.maxSkipped()
                    + " bad records skipped: giving up; see ReadOptions.withMaxSkipped)");
        }
        skipped.add(new SkippedRecord(location, reason));
        LOG.debug("{}: skipped: {}", location, reason);
    }

    /**
     * Reports a bad record whose problem was reported as an exception: in strict mode the
     * {@link MalformedDataException} keeps the offending value and the rule of a
     * {@link org.divide.io.BadValueException} as data; otherwise as {@link #skip(Location, String)}.
     *
     * @param location where the record is
     * @param problem  what is wrong
     * @throws MalformedDataException as {@link #skip(Location, String)}
     */
    public void skip(Location location, IllegalArgumentException problem) throws MalformedDataException {
        if (options.badRecords() == BadRecordPolicy.FAIL) {
            seen++;
            throw MalformedDataException.of(location, problem);
        }
        skip(location, String.valueOf(problem.getMessage()));
    }

    /**
     * Makes an input without a single data record an error (unless
     * {@link ReadOptions#allowEmpty()}): a table with its header only. Inputs whose format
     * describes an empty result (a World Bank API response without data, an SDMX message without
     * observations) are not so checked.
     *
     * @param location where the records were expected, such as the header line of a table
     * @param rule     the rule, such as {@code "no data rows after the header"}
     */
    public void noRecordsAt(Location location, String rule) {
        this.emptyAt = Objects.requireNonNull(location, "location");
        this.emptyRule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Locates an input without data rows at the header line of a table: "no data rows after the
     * header".
     *
     * @param source     the source name
     * @param headerLine the line of the header
     */
    public void noRowsAfterHeader(String source, long headerLine) {
        noRecordsAt(Location.line(source, headerLine), "no data rows after the header");
    }

    /**
     * Builds the result. The collector must not be used afterwards.
     *
     * @return the panels, the unmatched economies and the skipped records
     * @throws MalformedDataException if {@link #noRecordsAt} was called, the input held no data
     *                                record at all (none accepted, skipped or dropped) and
     *                                {@link ReadOptions#allowEmpty()} is off
     */
    public ReadResult finish() throws MalformedDataException {
        if (seen == 0 && emptyAt != null && !options.allowEmpty()) {
            throw new MalformedDataException(emptyAt, emptyRule
                    + " (an empty panel is accepted with ReadOptions.withAllowEmpty(true))");
        }
        List<Economy> list = economies.stream().map(e -> e.economy).toList();
        ReadResult result = dense != null ? denseResult(list) : storeResult(list);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} economies, {} aggregates kept apart, {} indicators; {} unknown economies, {} records"
                    + " skipped, {} repeated records ignored", source, result.panel().economies().size(),
                    result.aggregates().economies().size(), indicators.size(), result.unmatched().size(),
                    skipped.size(), repeated);
        }
        return result;
    }

    /** The result of a fast read: the dense columns handed to the panels. */
    private ReadResult denseResult(List<Economy> list) {
        int[] main = picked(list, false);
        int[] aggregates = picked(list, true);
        if (store != null) {
            return new ReadResult(source, store.panel(list, indicators, main),
                    store.panel(list, indicators, aggregates), unmatched(), skipped);
        }
        Panel aggregatePanel = dense.panel(list, indicators, aggregates, false);
        return new ReadResult(source, dense.panel(list, indicators, main, true), aggregatePanel, unmatched(),
                skipped);
    }

    /** The handles of the economies (or aggregates) that hold an accepted record, ascending. */
    private int[] picked(List<Economy> list, boolean aggregates) {
        return IntStream.range(0, list.size())
                .filter(e -> list.get(e).isAggregate() == aggregates && !economies.get(e).dropped
                        && economies.get(e).records > 0)
                .toArray();
    }

    /** The result of a read through the cell store. */
    private ReadResult storeResult(List<Economy> list) {
        Panel[] panels = cells.panels(list, indicators);
        return new ReadResult(source, panels[0], panels[1], unmatched(), skipped);
    }

    /** The unknown economies that had records, with their counts. */
    private List<UnmatchedEconomy> unmatched() {
        List<UnmatchedEconomy> unmatched = new ArrayList<>();
        for (Entry e : economies) {
            if (e.unmatched != null && e.records > 0) {
                UnmatchedEconomy u = e.unmatched;
                unmatched.add(new UnmatchedEconomy(u.key(), u.name(), u.firstSeen(), e.records));
            }
        }
        return unmatched;
    }
}
