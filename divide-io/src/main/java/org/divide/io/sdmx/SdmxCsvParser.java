package org.divide.io.sdmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.internal.Values;

/** Reads SDMX-CSV 1.0 and 2.x row by row into a {@link SeriesCollector}. */
final class SdmxCsvParser {

    private static final int PEEK = 1 << 12;

    private SdmxCsvParser() {
    }

    static ReadResult read(Reader reader, String source, CsvOptions csv, SdmxOptions sdmx, ReadOptions options)
            throws IOException {
        Reader text = reader;
        CsvOptions syntax = csv;
        if (syntax == null) {
            BufferedReader buffered = new BufferedReader(reader, 1 << 16);
            syntax = CsvOptions.defaults().withDelimiter(delimiter(buffered));
            text = buffered;
        }
        try (CsvTable table = CsvTable.open(text, source, syntax, options.limits())) {
            CsvColumns columns = CsvColumns.of(table, sdmx);
            SeriesCollector c = new SeriesCollector(source, sdmx, options, line -> Location.line(source, line));
            String structure = rows(table, columns, c);
            return c.finish(structure, table.header().get(columns.time.index()));
        }
    }

    /** The delimiter that follows the first header field ({@code DATAFLOW} or {@code STRUCTURE[...]}). */
    static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(PEEK);
        char[] head = new char[PEEK];
        int n = 0;
        for (int r; n < PEEK && (r = reader.read(head, n, PEEK - n)) > 0;) {
            n += r;
        }
        reader.reset();
        String line = new String(head, 0, n).replace("\uFEFF", "").toUpperCase(Locale.ROOT);
        int at = line.startsWith("DATAFLOW") ? 8 : line.startsWith("STRUCTURE") ? 9 : -1;
        if (at > 0 && at < line.length() && line.charAt(at) == '[') {
            at = line.indexOf(']', at) + 1;
        }
        if (at > 0 && at < line.length() && ",;\t|".indexOf(line.charAt(at)) >= 0) {
            return line.charAt(at);
        }
        return ',';
    }

    private static String rows(CsvTable table, CsvColumns columns, SeriesCollector c) throws MalformedDataException {
        List<CsvColumns.Column> dims = columns.dimensions;
        String[] values = new String[dims.size()];
        String[] names = new String[dims.size()];
        ReadOptions options = c.options();
        String structure = null;
        c.noRowsAfterHeader(table.source(), table.headerLine());
        for (CsvRow row; (row = table.next()) != null;) {
            String width = table.widthProblem(row);
            if (width != null) {
                c.skip(row.at(), width);
                continue;
            }
            if (structure == null) {
                structure = columns.structure < 0 ? "" : Codes.code(row.get(columns.structure));
            }
            if (columns.action >= 0 && row.get(columns.action).strip().equalsIgnoreCase("D")) {
                c.skip(row.at(columns.action), "ACTION 'D' (delete) rows carry no observation for a panel");
                continue;
            }
            for (int k = 0; k < values.length; k++) {
                CsvColumns.Column d = dims.get(k);
                String cell = row.get(d.index());
                values[k] = d.labelled() ? Codes.code(cell) : cell.strip();
                names[k] = d.labelColumn() >= 0 ? row.get(d.labelColumn()).strip()
                        : d.labelled() ? Codes.label(cell) : null;
            }
            SeriesCollector.Series s = c.series(columns.dimensionIds, values, names, null, Map.of(), row.line());
            if (s == null) {
                continue;
            }
            int col = columns.time.index();
            try {
                String period = row.get(col);
                Period p = Period.parse(columns.time.labelled() ? Codes.code(period) : period);
                col = columns.measure.index();
                String value = row.get(col);
                double v = Values.number(columns.measure.labelled() ? Codes.code(value) : value, options);
                col = -1;
                c.put(s, p, v, row.line());
            } catch (IllegalArgumentException e) {
                c.skip(col < 0 ? row.at() : row.at(col), e);
            }
        }
        return structure == null ? "" : structure;
    }
}
