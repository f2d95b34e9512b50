package org.divide.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.divide.io.FormatReader;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.LongLayout;
import org.divide.io.csv.WideLayout;
import org.divide.io.internal.Limits;
import org.divide.io.internal.LongRows;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.WideRows;

/**
 * Reads a sheet of a spreadsheet (xlsx, and legacy xls) in long or wide layout (immutable,
 * configured with {@code with...}), with the same
 * layouts, rules and messages as CSV ({@link LongLayout}, {@link WideLayout}): the sheet's rows
 * are handed to the CSV readers as text (see the cell rules of the package comment).
 *
 * <pre>{@code
 * ReadResult r = XlsxReader.withDefaults().read(Path.of("data.xlsx"));   // long layout, first sheet
 * ReadResult s = XlsxReader.withDefaults().withLayout(WideLayout.yearsAcross("indicator"))
 *         .withXlsx(XlsxOptions.defaults().withSheet("GDP")).read(Path.of("data.xlsx"));
 * }</pre>
 *
 * <p>Messages name the file and the sheet, and the row as a line number, such as
 * {@code data.xlsx [sheet 'GDP'] line 7, column 'value': 'n/d' is not a number}. A file that is
 * not a workbook, is empty or truncated, or lacks the sheet is rejected naming it, in the words of
 * the error grammar (never POI's class names). Workbooks are opened read-only with Apache POI,
 * after a check that their parts do not inflate beyond {@link ReadLimits#maxDecompressedBytes()}
 * (a zip bomb); a sheet of more than {@link ReadLimits#maxCells()} cells is refused. Errors in a
 * cell carry the sheet and the cell reference as data ({@link Location#sheet()},
 * {@link Location#cell()}).
 */
public final class XlsxReader implements FormatReader<XlsxReader> {

    private static final XlsxReader DEFAULTS = new XlsxReader(LongLayout.defaults(), null, XlsxOptions.defaults(),
            ReadOptions.defaults());

    private final LongLayout longLayout;
    private final WideLayout wideLayout;
    private final XlsxOptions xlsx;
    private final ReadOptions options;

    private XlsxReader(LongLayout longLayout, WideLayout wideLayout, XlsxOptions xlsx, ReadOptions options) {
        this.longLayout = longLayout;
        this.wideLayout = wideLayout;
        this.xlsx = xlsx;
        this.options = options;
    }

    /**
     * The reader of the first sheet in the default long layout
     * ({@code economy,indicator,year,value}) with the default options.
     *
     * @return the reader
     */
    public static XlsxReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that reads the sheet in a long layout.
     *
     * @param layout the columns, non-null
     * @return the copy
     */
    public XlsxReader withLayout(LongLayout layout) {
        return new XlsxReader(Objects.requireNonNull(layout, "layout"), null, xlsx, options);
    }

    /**
     * A copy that reads the sheet in a wide layout.
     *
     * @param layout the shape and columns, non-null
     * @return the copy
     */
    public XlsxReader withLayout(WideLayout layout) {
        return new XlsxReader(null, Objects.requireNonNull(layout, "layout"), xlsx, options);
    }

    /**
     * A copy with another sheet or preamble.
     *
     * @param newXlsx the sheet options, non-null
     * @return the copy
     */
    public XlsxReader withXlsx(XlsxOptions newXlsx) {
        return new XlsxReader(longLayout, wideLayout, Objects.requireNonNull(newXlsx, "xlsx"), options);
    }

    @Override
    public XlsxReader withOptions(ReadOptions newOptions) {
        return new XlsxReader(longLayout, wideLayout, xlsx, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * The sheet options.
     *
     * @return the options
     */
    public XlsxOptions xlsx() {
        return xlsx;
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode), or
     *                                beyond the {@link ReadLimits} of the options
     */
    @Override
    public ReadResult read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        String source = Sources.name(path);
        ReadLimits limits = options.limits();
        Limits.checkSize(path, limits);
        ZipGuard.check(path, source, limits);
        return read(() -> WorkbookFactory.create(path.toFile(), null, true), source);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The stream is read into memory (at most {@link ReadLimits#maxFileBytes()} bytes) before
     * the workbook is opened.
     *
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode), or
     *                                beyond the {@link ReadLimits} of the options
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        ReadLimits limits = options.limits();
        byte[] bytes = Limits.bounded(shield(in), limits, source).readAllBytes();
        ZipGuard.check(bytes, source, limits);
        return read(() -> WorkbookFactory.create(new ByteArrayInputStream(bytes)), source);
    }

    /** Opens a workbook. */
    @FunctionalInterface
    private interface Opener {
        Workbook open() throws IOException;
    }

    private ReadResult read(Opener opener, String source) throws IOException {
        try (Workbook workbook = open(opener, source)) {
            return read(workbook, source);
        } catch (RuntimeException e) {
            throw new MalformedDataException(Location.of(source), "not a readable xlsx or xls workbook ("
                    + PoiErrors.reason(e) + ")", e);
        }
    }

    private ReadResult read(Workbook workbook, String source) throws IOException {
        Sheet sheet = sheet(workbook, source, xlsx.sheet());
        String name = source + " [sheet '" + sheet.getSheetName() + "']";
        checkCells(sheet, source);
        CsvTable table = null;
        try {
            table = CsvTable.open(new SheetText(sheet, name, xlsx.preamble()), name,
                    CsvOptions.defaults().withPreamble(xlsx.preamble()), options.limits());
            PanelCollector c = PanelCollector.create(name, options);
            if (longLayout != null) {
                LongRows.read(table, longLayout, c);
            } else {
                WideRows.read(table, wideLayout, c);
            }
            return c.finish();
        } catch (MalformedDataException e) {
            throw e.relocated(inSheet(e.location(), source, sheet.getSheetName(), table));
        } finally {
            if (table != null) {
                table.close();
            }
        }
    }

    /** A location of the sheet's text as one of the workbook: file, sheet, row, column and cell. */
    private static Location inSheet(Location at, String source, String sheet, CsvTable table) {
        String field = at.field();
        String cell = null;
        if (table != null && at.line() > 0 && field != null && field.startsWith("column '") && field.endsWith("'")) {
            int index = table.findColumn(field.substring(8, field.length() - 1));
            if (index >= 0) {
                cell = CellReference.convertNumToColString(index) + at.line();
            }
        }
        return at.inSheet(source, sheet, cell);
    }

    private void checkCells(Sheet sheet, String source) throws MalformedDataException {
        long cells = 0;
        for (Row row : sheet) {
            cells += row.getPhysicalNumberOfCells();
            if (cells > options.limits().maxCells()) {
                throw MalformedDataException.limit(new Location(source, 0, null, 0, null, sheet.getSheetName(),
                        null), "a sheet of more than " + options.limits().maxCells() + " cells", "maxCells");
            }
        }
    }

    private static Workbook open(Opener opener, String source) throws IOException {
        try {
            return opener.open();
        } catch (EmptyFileException e) {
            throw new MalformedDataException(Location.of(source), "empty input: no workbook", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedDataException m) {
                throw m;
            }
            throw new MalformedDataException(Location.of(source), "not a readable xlsx or xls workbook ("
                    + PoiErrors.reason(e) + ")", e);
        }
    }

    /** A view of a stream whose {@code close()} leaves it open: the caller owns it. */
    private static InputStream shield(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the stream
            }
        };
    }

    private static Sheet sheet(Workbook workbook, String source, String wanted) throws MalformedDataException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new MalformedDataException(Location.of(source), "the workbook has no sheet");
        }
        if (wanted == null) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(wanted);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            throw new MalformedDataException(Location.of(source), "no sheet '" + wanted + "'; the workbook has "
                    + names);
        }
        return sheet;
    }
}
