package org.divide.io.owid;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.divide.core.Economy;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.WideLayout;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;
import org.divide.io.internal.WholeInput;
import org.divide.io.internal.WideCsvBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Our World in Data grapher CSV: {@code Entity,Code,Year,<one or more value columns>}.
 * Immutable.
 *
 * <pre>{@code
 * ReadResult r = OwidCsvReader.withDefaults()
 *         .read(Path.of("share-of-population-that-cannot-afford-a-healthy-diet.csv"));
 * r.panel();       // countries
 * r.aggregates();  // OWID_WRL, "High-income countries", "East Asia & Pacific (WB)", ...
 * }</pre>
 *
 * <p>Economies are resolved by {@code Code}, or by {@code Entity} where the code is empty. An
 * entity the resolver does not know whose code is empty or starts with {@code OWID_} is an
 * aggregate (a region, an income group, the world) and goes to {@link ReadResult#aggregates()}
 * under its code or, without one, its name; any other unknown entity is unmatched. (OWID also
 * leaves the code of some former states empty, such as "Kingdom of Bavaria" or "Pakistan
 * (former)"; those the registry does not know are classed as aggregates too, which keeps them out
 * of the economies.)
 *
 * <p>Each value column is an indicator named by its header; with the download's
 * {@code <name>.metadata.json} beside the file (read automatically by {@link #read(Path)}, or given with
 * {@link #withMetadata(Path)}), the
 * indicator's code is the column's {@code shortName}, its name {@code titleLong}, its unit
 * {@code unit} and its source {@code citationShort}. A file of daily data ({@code Day} instead of
 * {@code Year}) is rejected, and so are years outside the range of a panel (OWID has years BCE).
 *
 * <p>Files (streamed chunk by chunk, at any size) and streams of at most 1 GiB (held whole) are
 * first tried on the byte-level fast path of wide CSV ({@code org.divide.io.internal.WideCsvBytes}),
 * which takes plain UTF-8 files such as OWID's exports and gives the same result; anything it does
 * not take is read the general way, with the same results and messages. From 8 MiB on, it parses
 * chunks of lines on all cores.
 */
public final class OwidCsvReader implements TextFormatReader<OwidCsvReader> {

    private static final Logger LOG = LoggerFactory.getLogger(OwidCsvReader.class);

    /** The columns, for the fast path. */
    private static final WideLayout LAYOUT = WideLayout.indicatorsAcross("Year").withEconomy("Code")
            .withEconomyName("Entity");

    private static final OwidCsvReader DEFAULTS = new OwidCsvReader(null, true, ReadOptions.defaults());

    private final OwidMetadata metadata;
    private final boolean metadataBeside;
    private final ReadOptions options;

    private OwidCsvReader(OwidMetadata metadata, boolean metadataBeside, ReadOptions options) {
        this.metadata = metadata;
        this.metadataBeside = metadataBeside;
        this.options = options;
    }

    /**
     * The reader that reads the {@code .metadata.json} beside a file when there is one, with the
     * default options.
     *
     * @return the reader
     */
    public static OwidCsvReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that names indicators by this {@code .metadata.json} file, read now.
     *
     * @param file the metadata file
     * @return the copy
     * @throws MalformedDataException if the metadata is malformed
     * @throws IOException            if it cannot be read
     */
    public OwidCsvReader withMetadata(Path file) throws IOException {
        try (Reader reader = Sources.open(file, CsvOptions.defaults().charset())) {
            return withMetadata(reader, Sources.name(file));
        }
    }

    /**
     * A copy that names indicators by this {@code .metadata.json} text, read now.
     *
     * @param text   the metadata (not closed)
     * @param source its name in messages
     * @return the copy
     * @throws MalformedDataException if the metadata is malformed
     * @throws IOException            if it cannot be read
     */
    public OwidCsvReader withMetadata(Reader text, String source) throws IOException {
        return new OwidCsvReader(OwidMetadata.read(Sources.nonClosing(text), source), false, options);
    }

    /**
     * A copy that reads no metadata, not even a file beside the data.
     *
     * @return the copy
     */
    public OwidCsvReader withoutMetadata() {
        return new OwidCsvReader(null, false, options);
    }

    @Override
    public OwidCsvReader withOptions(ReadOptions newOptions) {
        return new OwidCsvReader(metadata, metadataBeside, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Unless metadata was given or refused, the {@code <name>.metadata.json} beside the file is
     * read if it exists.
     */
    @Override
    public ReadResult read(Path path) throws IOException {
        Optional<Path> beside = metadataBeside ? metadataOf(path) : Optional.empty();
        if (metadataBeside) {
            LOG.debug("{}: {}", Sources.name(path), beside.map(m -> "metadata from " + Sources.name(m))
                    .orElse("no metadata beside it: reading without"));
        }
        OwidCsvReader reader = beside.isPresent() ? withMetadata(beside.get()) : this;
        String source = Sources.name(path);
        return WholeInput.stream(path, options, (channel, size) -> reader.fast(channel, size, source),
                stream -> reader.general(stream, source));
    }

    /**
     * {@inheritDoc}
     *
     * <p>A stream of at most 1 GiB is read whole and tried on the fast path first.
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        return WholeInput.read(in, options, (bytes, length) -> fast(bytes, length, source),
                stream -> TextFormatReader.super.read(stream, source));
    }

    /** Reads the bytes on the byte-level fast path of wide CSV, or declines ({@code null}). */
    private ReadResult fast(byte[] bytes, int length, String source) {
        return WideCsvBytes.read(bytes, length, source, LAYOUT, fastReading(), options, WholeInput.threads(length));
    }

    /** Streams a file through the byte-level fast path of wide CSV, or declines ({@code null}). */
    private ReadResult fast(FileChannel channel, long size, String source) throws IOException {
        return WideCsvBytes.read(channel, source, LAYOUT, fastReading(), options, WholeInput.threads(size));
    }

    /** How the fast path reads the file: the economies and the indicators with their metadata. */
    private WideCsvBytes.Reading fastReading() {
        OwidMetadata meta = metadata == null ? OwidMetadata.none() : metadata;
        return new WideCsvBytes.Reading(null, OwidCsvReader::economy, meta::indicator, null);
    }

    /** Reads a file's bytes the general way, as text (closes the stream). */
    private ReadResult general(InputStream in, String source) throws IOException {
        try (Reader csv = Sources.open(in, charset(), source)) {
            return read(csv, source);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Indicators are named by the metadata given with {@link #withMetadata}, if any.
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        OwidMetadata meta = metadata == null ? OwidMetadata.none() : metadata;
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, CsvOptions.defaults(),
                options.limits())) {
            PanelCollector c = PanelCollector.create(source, options);
            read(table, meta, c);
            return c.finish();
        }
    }

    /**
     * The {@code <name>.metadata.json} beside a grapher CSV file, if it exists.
     *
     * @param path the CSV file
     * @return the metadata file, or empty
     */
    public static Optional<Path> metadataOf(Path path) {
        String name = Sources.name(path);
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        Path metadata = path.resolveSibling(stem + ".metadata.json");
        return Files.isRegularFile(metadata) ? Optional.of(metadata) : Optional.empty();
    }

    private static void read(CsvTable table, OwidMetadata meta, PanelCollector c) throws MalformedDataException {
        int entity = table.column("Entity");
        int code = table.column("Code");
        if (table.findColumn("Day") >= 0 && table.findColumn("Year") < 0) {
            throw new MalformedDataException(Location.line(table.source(), table.headerLine()),
                    "daily data (column 'Day') cannot form a panel of years");
        }
        int year = table.column("Year");
        List<Integer> columns = new ArrayList<>();
        List<Integer> indicators = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (i != entity && i != code && i != year && !table.header().get(i).isEmpty()) {
                columns.add(i);
                indicators.add(c.indicator(meta.indicator(table.header().get(i))));
            }
        }
        if (columns.isEmpty()) {
            throw new MalformedDataException(Location.line(table.source(), table.headerLine()),
                    "no value column after Entity, Code, Year: " + table.header());
        }
        c.noRowsAfterHeader(table.source(), table.headerLine());
        for (CsvRow row; (row = table.next()) != null;) {
            String width = table.widthProblem(row);
            if (width != null) {
                c.skip(row.at(), width);
                continue;
            }
            int col = code;
            int e;
            int y;
            try {
                e = economy(c, row.get(code), row.get(entity), row.line());
                col = year;
                y = Values.year(row.get(year));
            } catch (IllegalArgumentException ex) {
                c.skip(row.at(col), ex);
                continue;
            }
            for (int k = 0; k < columns.size(); k++) {
                try {
                    c.put(e, indicators.get(k), y, Values.number(row.get(columns.get(k)), c.options()), row.line());
                } catch (IllegalArgumentException ex) {
                    c.skip(row.at(columns.get(k)), ex);
                }
            }
        }
    }

    /**
     * Resolves a row's economy: by its code, or by its entity where the code is empty, both
     * stripped; OWID's own aggregates through {@link #aggregates}.
     */
    private static int economy(PanelCollector c, String code, String entity, long line) throws MalformedDataException {
        String owidCode = code.strip();
        String name = entity.strip();
        return c.economy(owidCode.isEmpty() ? name : owidCode, name, line, aggregates(owidCode, name));
    }

    /** OWID's own aggregates: entities with an empty or {@code OWID_} code. */
    private static EconomyResolver aggregates(String owidCode, String name) {
        boolean aggregate = owidCode.isEmpty() || owidCode.toUpperCase(Locale.ROOT).startsWith("OWID_");
        if (!aggregate || name.isEmpty()) {
            return key -> Optional.empty();
        }
        String code = owidCode.isEmpty() ? name : owidCode;
        return key -> Optional.of(new Economy(code, name, Economy.Kind.AGGREGATE, null, null, null, null, null, null,
                null));
    }
}
