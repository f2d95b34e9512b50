package org.divide.io.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.LongLayout;
import org.divide.io.csv.WideCsv;
import org.divide.io.csv.WideLayout;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

/**
 * Reads a sheet of a spreadsheet (xlsx, and legacy xls) in long or wide layout, with the same
 * layouts, rules and messages as CSV ({@link LongLayout}, {@link WideLayout}): the sheet's rows
 * are handed to the CSV readers as text (see the cell rules of the package comment).
 *
 * <pre>{@code
 * ReadResult r = XlsxReader.readLong(Path.of("data.xlsx"), LongLayout.defaults());
 * ReadResult s = XlsxReader.readWide(Path.of("data.xlsx"), WideLayout.yearsAcross("indicator"),
 *         XlsxOptions.defaults().withSheet("GDP"), ReadOptions.defaults());
 * }</pre>
 *
 * <p>Messages name the file and the sheet, and the row as a line number, such as
 * {@code data.xlsx [sheet 'GDP'] line 7, column 'value': 'n/d' is not a number}. A file that is
 * not a workbook, is empty or truncated, or lacks the sheet is rejected naming it. Workbooks are
 * opened read-only with Apache POI, whose guards against zip bombs apply.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /**
     * Reads the first sheet in a long layout with the default options.
     *
     * @param path   the workbook
     * @param layout the columns
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readLong(Path path, LongLayout layout) throws IOException {
        return readLong(path, layout, XlsxOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a sheet in a long layout.
     *
     * @param path    the workbook
     * @param layout  the columns
     * @param xlsx    the sheet and its preamble
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readLong(Path path, LongLayout layout, XlsxOptions xlsx, ReadOptions options)
            throws IOException {
        return read(file(path), Sources.name(path), xlsx, options, (table, c) -> LongCsv.readInto(table, layout, c));
    }

    /**
     * Reads a sheet of a workbook from a stream (not closed) in a long layout.
     *
     * @param in      the bytes of the workbook
     * @param source  the name used in messages
     * @param layout  the columns
     * @param xlsx    the sheet and its preamble
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readLong(InputStream in, String source, LongLayout layout, XlsxOptions xlsx,
            ReadOptions options) throws IOException {
        return read(() -> WorkbookFactory.create(shield(in)), source, xlsx, options,
                (table, c) -> LongCsv.readInto(table, layout, c));
    }

    /**
     * Reads the first sheet in a wide layout with the default options.
     *
     * @param path   the workbook
     * @param layout the shape and columns
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readWide(Path path, WideLayout layout) throws IOException {
        return readWide(path, layout, XlsxOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a sheet in a wide layout.
     *
     * @param path    the workbook
     * @param layout  the shape and columns
     * @param xlsx    the sheet and its preamble
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readWide(Path path, WideLayout layout, XlsxOptions xlsx, ReadOptions options)
            throws IOException {
        return read(file(path), Sources.name(path), xlsx, options, (table, c) -> WideCsv.readInto(table, layout, c));
    }

    /**
     * Reads a sheet of a workbook from a stream (not closed) in a wide layout.
     *
     * @param in      the bytes of the workbook
     * @param source  the name used in messages
     * @param layout  the shape and columns
     * @param xlsx    the sheet and its preamble
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the workbook or the sheet is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult readWide(InputStream in, String source, WideLayout layout, XlsxOptions xlsx,
            ReadOptions options) throws IOException {
        return read(() -> WorkbookFactory.create(shield(in)), source, xlsx, options,
                (table, c) -> WideCsv.readInto(table, layout, c));
    }

    /** Reads the rows of a table into a collector. */
    @FunctionalInterface
    private interface Rows {
        void read(CsvTable table, PanelCollector collector) throws MalformedDataException;
    }

    /** Opens a workbook. */
    @FunctionalInterface
    private interface Opener {
        Workbook open() throws IOException;
    }

    private static ReadResult read(Opener opener, String source, XlsxOptions xlsx, ReadOptions options, Rows rows)
            throws IOException {
        try (Workbook workbook = open(opener, source)) {
            Sheet sheet = sheet(workbook, source, xlsx.sheet());
            String name = source + " [sheet '" + sheet.getSheetName() + "']";
            try (CsvTable table = CsvTable.open(new SheetText(sheet, xlsx.preamble()), name,
                    CsvOptions.defaults().withPreamble(xlsx.preamble()))) {
                PanelCollector c = PanelCollector.create(name, options);
                rows.read(table, c);
                return c.finish();
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
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** Opens a file read-only; a missing file is an I/O error, not a malformed workbook. */
    private static Opener file(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return () -> WorkbookFactory.create(path.toFile(), null, true);
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
