package org.divide.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.divide.io.ErrorText;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.internal.CsvLexer;
import org.divide.io.internal.Sources;

/**
 * A CSV file read record by record: a header, then rows that know their line number. The records
 * are split by divide's own lexer ({@code org.divide.io.internal.CsvLexer}: the syntax of Apache
 * Commons CSV's {@code CSVFormat.DEFAULT} with empty lines ignored, which CsvTable used before). The
 * building block of every CSV-based reader (long, wide, WDI, OWID, SDMX-CSV, COINr iData).
 *
 * <pre>{@code
 * try (CsvTable table = CsvTable.open(reader, "data.csv", CsvOptions.defaults())) {
 *     int year = table.column("Year");            // throws naming the columns found
 *     for (CsvRow row; (row = table.next()) != null; ) {
 *         String width = table.widthProblem(row); // wrong number of fields?
 *         ... row.get(year) ... row.at(year) ...  // Location for messages
 *     }
 * }
 * }</pre>
 *
 * <p>Header names are stripped of white space and matched without regard to case. Syntax errors
 * (an unterminated quote, text after a closing quote), breached {@link ReadLimits} (line length,
 * fields per line) and undecodable bytes are a {@link MalformedDataException} naming the source and
 * line.
 */
public final class CsvTable implements Closeable {

    private final String source;
    private final CsvLexer lexer;
    private final List<String> header;
    private final long headerLine;

    private CsvTable(String source, CsvLexer lexer, CsvOptions options) throws MalformedDataException {
        this.source = source;
        this.lexer = lexer;
        for (int i = 0; i < options.preamble(); i++) {
            if (nextRecord() == null) {
                throw new MalformedDataException(Location.of(source), "input ends within the " + options.preamble()
                        + " preamble records, before the header");
            }
        }
        CsvRow first = nextRecord();
        if (first == null) {
            throw new MalformedDataException(Location.of(source), "empty input: no header line");
        }
        String start = options.headerStart();
        for (int skipped = 0; start != null && !first.get(0).strip().equalsIgnoreCase(start); skipped++) {
            first = skipped < CsvOptions.HEADER_SEARCH ? nextRecord() : null;
            if (first == null) {
                throw new MalformedDataException(Location.of(source), "no header starting with '" + start
                        + "' in the first " + CsvOptions.HEADER_SEARCH + " records");
            }
        }
        List<String> names = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            names.add(first.get(i).strip());
        }
        this.header = List.copyOf(names);
        this.headerLine = first.line();
    }

    /**
     * Opens a table and reads its header (after the preamble records, if any).
     *
     * @param reader  the text; a byte-order mark at its start is skipped; closed by {@link #close()}
     * @param source  the name used in messages
     * @param options the CSV syntax
     * @return the table, positioned after the header
     * @throws MalformedDataException if the input is empty or its header cannot be parsed
     * @throws IOException            if reading fails
     */
    public static CsvTable open(Reader reader, String source, CsvOptions options) throws IOException {
        return open(reader, source, options, ReadLimits.defaults());
    }

    /**
     * Opens a table and reads its header (after the preamble records, if any), within limits: a
     * line longer than {@link ReadLimits#maxLineLength()} characters or a record of more than
     * {@link ReadLimits#maxFieldsPerLine()} fields is a {@link MalformedDataException} naming the
     * line and the limit.
     *
     * @param reader  the text; a byte-order mark at its start is skipped; closed by {@link #close()}
     * @param source  the name used in messages
     * @param options the CSV syntax
     * @param limits  the limits
     * @return the table, positioned after the header
     * @throws MalformedDataException if the input is empty or its header cannot be parsed
     * @throws IOException            if reading fails
     */
    public static CsvTable open(Reader reader, String source, CsvOptions options, ReadLimits limits)
            throws IOException {
        Reader text;
        try {
            text = Sources.skipBom(reader);
        } catch (CharacterCodingException e) {
            throw CsvLexer.undecodable(Location.line(source, 1), e);
        }
        CsvLexer lexer = new CsvLexer(text, source, options.delimiter(), options.quote(), limits);
        try {
            return new CsvTable(source, lexer, options);
        } catch (IOException | RuntimeException e) {
            lexer.close();
            throw e;
        }
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
     * The header names, stripped of white space (possibly empty strings, as in a trailing
     * delimiter).
     *
     * @return an unmodifiable list
     */
    public List<String> header() {
        return header;
    }

    /**
     * The line the header is on.
     *
     * @return the 1-based line number
     */
    public long headerLine() {
        return headerLine;
    }

    /**
     * The index of a column, required.
     *
     * @param name the header name, matched without regard to case
     * @return the index
     * @throws MalformedDataException naming the missing column and the columns found (with a hint
     *                                when the header looks split by another delimiter)
     */
    public int column(String name) throws MalformedDataException {
        int i = findColumn(name);
        if (i < 0) {
            throw new MalformedDataException(Location.line(source, headerLine), "missing column '" + name
                    + "'; the header has " + header.size() + " column" + (header.size() == 1 ? "" : "s") + ": "
                    + header + delimiterHint());
        }
        return i;
    }

    /**
     * The index of a column, if present.
     *
     * @param name the header name, matched without regard to case
     * @return the index, or -1
     */
    public int findColumn(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next data row.
     *
     * @return the row, or {@code null} at the end of the input
     * @throws MalformedDataException on a CSV syntax error or undecodable bytes
     */
    public CsvRow next() throws MalformedDataException {
        return nextRecord();
    }

    /**
     * Why a row's number of fields does not fit the header, if it does not.
     *
     * @param row a row of this table
     * @return the reason, or {@code null} when the row has as many fields as the header
     */
    public String widthProblem(CsvRow row) {
        if (row.size() == header.size()) {
            return null;
        }
        return row.size() + " field" + (row.size() == 1 ? "" : "s") + " but the header has " + header.size()
                + (row.size() > header.size() ? " (an unquoted delimiter in a value?)" : "") + ": "
                + fieldsText(row.fields());
    }

    /**
     * Closes the underlying reader.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        lexer.close();
    }

    private CsvRow nextRecord() throws MalformedDataException {
        String[] fields;
        try {
            fields = lexer.next();
        } catch (MalformedDataException e) {
            throw e;
        } catch (IOException e) {
            // a reader that fails: next() reports malformed data only, as it did with Commons CSV
            throw new MalformedDataException(Location.line(source, lexer.line() + 1), "malformed CSV: "
                    + ErrorText.scrub(String.valueOf(e.getMessage())), e);
        }
        return fields == null ? null : new CsvRow(this, fields, lexer.line());
    }

    /**
     * The fields of a record as in {@link Arrays#toString(Object[])}, cut after
     * {@value ErrorText#MAX_VALUE} characters (never building the text of a huge record).
     */
    private static String fieldsText(String[] fields) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(fields[i]);
            if (s.length() > ErrorText.MAX_VALUE) {
                return s.substring(0, ErrorText.MAX_VALUE) + "…] (" + fields.length + " fields)";
            }
        }
        return s.append(']').toString();
    }

    private String delimiterHint() {
        if (header.size() != 1) {
            return "";
        }
        String only = header.get(0);
        for (char c : new char[] {';', '\t', ',', '|'}) {
            if (only.indexOf(c) >= 0) {
                return " (the header contains '" + (c == '\t' ? "\\t" : String.valueOf(c))
                        + "': wrong delimiter? see CsvOptions.withDelimiter)";
            }
        }
        return "";
    }

    String columnName(int index) {
        return index < header.size() && !header.get(index).isEmpty() ? header.get(index) : "#" + (index + 1);
    }
}
