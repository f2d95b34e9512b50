package org.divide.io.sdmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.divide.core.Direction;
import org.divide.core.Indicator;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The back end shared by the three SDMX syntaxes: turns series keys into an economy and an
 * indicator (through {@link Roles}), periods into years and indicator suffixes (through
 * {@link SubAnnualPolicy}), and feeds a {@link PanelCollector}. A reader parses its syntax, calls
 * {@link #series} once per series key (repeated keys are looked up, not resolved again) and
 * {@link #put} per observation. The roles it settled on are logged at DEBUG.
 */
final class SeriesCollector {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesCollector.class);

    /** One series key of this read. */
    static final class Series {
        final int economy;
        final String indicator;
        /** The indicator's name, or {@code null} when the message gives none. */
        final String name;
        int annual = -1;
        Map<String, Integer> subAnnual;
        long observations;

        Series(int economy, String indicator, String name) {
            this.economy = economy;
            this.indicator = indicator;
            this.name = name;
        }

        /** The indicator of this series for a period suffix (empty for a year). */
        Indicator indicator(String suffix) {
            String code = suffix.isEmpty() ? indicator : indicator + "@" + suffix;
            return name == null ? Indicator.of(code) : new Indicator(code, suffix.isEmpty() ? name
                    : name + " (" + suffix + ")", "", Direction.POSITIVE, "");
        }
    }

    private final PanelCollector panel;
    private final SdmxOptions sdmx;
    private final LongFunction<Location> locator;
    private final Map<List<String>, Roles> roles = new HashMap<>();
    private final Map<List<String>, Map<String, Series>> series = new HashMap<>();
    private final List<Series> all = new ArrayList<>();
    private final StringBuilder key = new StringBuilder();
    private Roles first;
    private long observations;

    /**
     * A collector.
     *
     * @param source  the source name
     * @param sdmx    the mapping options
     * @param options the read options
     * @param locator turns the positions given to {@link #series} and {@link #put} into locations
     */
    SeriesCollector(String source, SdmxOptions sdmx, ReadOptions options, LongFunction<Location> locator) {
        this.panel = PanelCollector.create(source, options, locator);
        this.sdmx = sdmx;
        this.locator = locator;
    }

    SdmxOptions sdmx() {
        return sdmx;
    }

    ReadOptions options() {
        return panel.options();
    }

    /**
     * The roles of a list of dimension ids, found once per list.
     *
     * @param ids   the dimension ids, time excluded
     * @param hints the roles the message gives, by id
     * @param where where the dimensions are declared, for the message
     * @return the roles
     * @throws MalformedDataException if no economy or a named dimension is missing (whatever
     *                                the bad-record policy: the message cannot form a panel)
     */
    Roles roles(List<String> ids, Map<String, String> hints, Location where) throws MalformedDataException {
        Roles r = roles.get(ids);
        if (r == null) {
            try {
                r = Roles.of(ids, hints, sdmx);
            } catch (IllegalArgumentException e) {
                throw new MalformedDataException(where, e.getMessage());
            }
            roles.put(List.copyOf(ids), r);
            if (first == null) {
                first = r;
            }
        }
        return r;
    }

    /**
     * The series of a key.
     *
     * @param ids      the dimension ids, time excluded
     * @param values   their values, aligned with {@code ids}
     * @param names    the name of each value when the message gives them (the economy's names
     *                 unmatched economies, the indicator dimensions' make the indicator name), or
     *                 {@code null}
     * @param title    the series title the message gives (SDMX-ML {@code TITLE}), used as the
     *                 indicator name when {@code names} does not give one; or {@code null}
     * @param hints    the roles the message gives, by id
     * @param position where the key is
     * @return the series, or {@code null} when the key is bad and was skipped (lenient mode)
     * @throws MalformedDataException if the key is bad (strict mode), or as
     *                                {@link #roles(List, Map, Location)}
     */
    Series series(List<String> ids, String[] values, String[] names, String title, Map<String, String> hints,
            long position) throws MalformedDataException {
        Roles r = roles(ids, hints, locator.apply(position));
        Map<String, Series> known = series.get(ids);
        if (known == null) {
            known = new HashMap<>();
            series.put(List.copyOf(ids), known);
        }
        key.setLength(0);
        for (String v : values) {
            key.append(v).append('\u001f');
        }
        String k = key.toString();
        Series s = known.get(k);
        if (s != null) {
            return s;
        }
        try {
            int economy = r.economy < 0 ? panel.economy(sdmx.fixedEconomy(), null, position)
                    : panel.economy(value(ids, values, r.economy), names == null ? null : names[r.economy], position);
            String name = names == null ? null : name(names, r);
            s = new Series(economy, indicator(ids, values, r), name != null ? name : title);
        } catch (IllegalArgumentException e) {
            panel.skip(locator.apply(position), e);
            return null;
        }
        known.put(k, s);
        all.add(s);
        return s;
    }

    private String indicator(List<String> ids, String[] values, Roles r) {
        if (r.indicator.length == 0) {
            return sdmx.measure();
        }
        StringBuilder code = new StringBuilder(value(ids, values, r.indicator[0]));
        for (int i = 1; i < r.indicator.length; i++) {
            code.append('.').append(value(ids, values, r.indicator[i]));
        }
        return code.toString();
    }

    /** The names of the indicator dimensions' values joined by ", ", or {@code null} if one is missing. */
    private static String name(String[] names, Roles r) {
        StringBuilder name = new StringBuilder();
        for (int i : r.indicator) {
            if (names[i] == null || names[i].isBlank()) {
                return null;
            }
            name.append(name.length() == 0 ? "" : ", ").append(names[i].strip());
        }
        return name.length() == 0 ? null : name.toString();
    }

    private static String value(List<String> ids, String[] values, int i) {
        String v = values[i] == null ? "" : values[i].strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("dimension " + ids.get(i) + " has no value");
        }
        return v;
    }

    /**
     * Puts one observation.
     *
     * @param s        the series
     * @param period   the period
     * @param value    the value, {@code NaN} for a missing one
     * @param position where the observation is
     * @throws IllegalArgumentException if the period is rejected ({@link SubAnnualPolicy#REJECT}),
     *                                  or as {@link PanelCollector#put} (a conflicting duplicate);
     *                                  pass it to {@link #skip}
     */
    void put(Series s, Period period, double value, long position) {
        int indicator;
        if (period.isAnnual()) {
            if (s.annual < 0) {
                s.annual = panel.indicator(s.indicator(""));
            }
            indicator = s.annual;
        } else {
            if (sdmx.subAnnual() == SubAnnualPolicy.REJECT) {
                throw new IllegalArgumentException("'" + period + "' is a " + period.frequency().name()
                        .toLowerCase(Locale.ROOT) + " period, and SubAnnualPolicy.REJECT keeps whole years only");
            }
            if (s.subAnnual == null) {
                s.subAnnual = new HashMap<>();
            }
            String suffix = period.suffix();
            Integer handle = s.subAnnual.get(suffix);
            if (handle == null) {
                handle = panel.indicator(s.indicator(suffix));
                s.subAnnual.put(suffix, handle);
            }
            indicator = handle;
        }
        panel.put(s.economy, indicator, period.year(), value, position);
        s.observations++;
        observations++;
    }

    /**
     * Reports a bad record: throws in strict mode, records it in lenient mode.
     *
     * @param location where the record is
     * @param reason   what is wrong
     * @throws MalformedDataException in strict mode, or past the lenient limit
     */
    void skip(Location location, String reason) throws MalformedDataException {
        panel.skip(location, reason);
    }

    /**
     * Reports a bad record whose problem is an exception, keeping an offending value as data.
     *
     * @param location where the record is
     * @param problem  what is wrong
     * @throws MalformedDataException in strict mode, or past the lenient limit
     */
    void skip(Location location, IllegalArgumentException problem) throws MalformedDataException {
        panel.skip(location, problem);
    }

    /**
     * Locates an input without data rows at the header line of a table.
     *
     * @param source     the source name
     * @param headerLine the line of the header
     */
    void noRowsAfterHeader(String source, long headerLine) {
        panel.noRowsAfterHeader(source, headerLine);
    }

    /**
     * Builds the result.
     *
     * @param structure     the structure or dataflow the message names, or empty
     * @param timeDimension the time dimension id as the message writes it
     * @return the result
     * @throws MalformedDataException if the message holds no observation and empty inputs are not
     *                                allowed
     */
    ReadResult finish(String structure, String timeDimension) throws MalformedDataException {
        long used = all.stream().filter(s -> s.observations > 0).count();
        SdmxNotes notes = new SdmxNotes(structure, first == null ? "" : first.economyId,
                first == null ? List.of() : first.indicatorIds, timeDimension, used, observations);
        LOG.debug("{}: SDMX structure '{}': economy dimension {}, indicator from {}, time dimension {};"
                + " {} series with observations, {} observations", panel.source(), notes.structure(),
                notes.economyDimension(), notes.indicatorDimensions(), notes.timeDimension(), notes.series(),
                notes.observations());
        return panel.finish().withNotes(notes);
    }
}
