package org.divide.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ValueText;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;

/**
 * A plain CSV file of units, one row per unit and columns by name (matched without regard to
 * case), read with divide-io's {@link CsvTable}. Only the columns asked for are kept; numbers
 * follow {@link ValueText#number(String, ReadOptions)} (missing texts such as "", "NA" or ".." are
 * {@code NaN}); every error is a {@link MalformedDataException} naming the file, line, column and
 * value.
 */
final class PlainCsv {

    private final String source;
    private final List<String> columns;
    private final List<String[]> cells = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    private PlainCsv(String source, List<String> columns) {
        this.source = source;
        this.columns = columns;
    }

    /**
     * Reads the given columns of a file.
     *
     * @param path    the file
     * @param columns the column names, all required
     * @return the table
     * @throws IOException if the file cannot be read, a column is missing or a row is malformed
     */
    static PlainCsv read(Path path, List<String> columns) throws IOException {
        return read(new DataInput(path.toString(), path, null), columns);
    }

    /**
     * Reads the given columns of an input.
     *
     * @param input   the file or standard input
     * @param columns the column names, all required
     * @return the table
     * @throws IOException if the input cannot be read, a column is missing or a row is malformed
     */
    static PlainCsv read(DataInput input, List<String> columns) throws IOException {
        String source = input.source();
        PlainCsv result = new PlainCsv(source, List.copyOf(columns));
        try (CsvTable table = CsvTable.open(input.reader(), source, CsvOptions.defaults())) {
            int[] index = new int[columns.size()];
            for (int c = 0; c < index.length; c++) {
                index[c] = table.column(columns.get(c));
            }
            for (CsvRow row; (row = table.next()) != null; ) {
                String width = table.widthProblem(row);
                if (width != null) {
                    throw new MalformedDataException(row.at(), width);
                }
                String[] kept = new String[index.length];
                for (int c = 0; c < index.length; c++) {
                    kept[c] = row.get(index[c]).strip();
                }
                result.cells.add(kept);
                result.lines.add(row.line());
            }
        }
        if (result.cells.isEmpty()) {
            throw new MalformedDataException(Location.of(source), "no data rows after the header");
        }
        return result;
    }

    /**
     * The header of an input, each name stripped.
     *
     * @param input the file or standard input
     * @return the column names
     * @throws IOException if the input cannot be read or has no header
     */
    static List<String> header(DataInput input) throws IOException {
        try (CsvTable table = CsvTable.open(input.reader(), input.source(), CsvOptions.defaults())) {
            return table.header().stream().map(String::strip).toList();
        }
    }

    /**
     * Opens a text file for reading, with a one-line message when it is missing or unreadable.
     *
     * @param path the file
     * @return a UTF-8 reader
     * @throws IOException naming the file
     */
    static Reader open(Path path) throws IOException {
        // a new decoder reports malformed bytes, as Files.newBufferedReader does
        return new BufferedReader(new InputStreamReader(openStream(path), StandardCharsets.UTF_8.newDecoder()));
    }

    /**
     * Opens a file for reading bytes, with a one-line message when it is missing or unreadable.
     *
     * @param path the file
     * @return the stream
     * @throws IOException naming the file
     */
    static InputStream openStream(Path path) throws IOException {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path.toString(), null, "no such file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(path.toString(), null, "permission denied");
        }
    }

    /** {@return the number of data rows} */
    int size() {
        return cells.size();
    }

    /**
     * The line of a data row in the file.
     *
     * @param row the row, 0-based
     * @return the line, 1-based
     */
    long line(int row) {
        return lines.get(row);
    }

    /** {@return the file name used in messages} */
    String source() {
        return source;
    }

    /**
     * The text of a cell.
     *
     * @param row    the row, 0-based
     * @param column the position of the column in the list given to {@link #read}
     * @return the stripped text
     */
    String text(int row, int column) {
        return cells.get(row)[column];
    }

    /**
     * The number in a cell.
     *
     * @param row    the row, 0-based
     * @param column the position of the column in the list given to {@link #read}
     * @return the value, {@code NaN} when missing
     * @throws MalformedDataException naming the file, line, column and text if it is not a number
     */
    double number(int row, int column) throws MalformedDataException {
        try {
            return ValueText.number(text(row, column), ReadOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw error(row, column, e.getMessage());
        }
    }

    /**
     * A year in a cell.
     *
     * @param row    the row, 0-based
     * @param column the position of the column in the list given to {@link #read}
     * @return the year
     * @throws MalformedDataException naming the file, line, column and text if it is not a year
     */
    int year(int row, int column) throws MalformedDataException {
        try {
            return ValueText.year(text(row, column));
        } catch (IllegalArgumentException e) {
            throw error(row, column, e.getMessage());
        }
    }

    /**
     * An error located at a cell.
     *
     * @param row    the row, 0-based
     * @param column the position of the column in the list given to {@link #read}
     * @param reason what is wrong, naming the value
     * @return the exception
     */
    MalformedDataException error(int row, int column, String reason) {
        return new MalformedDataException(Location.cell(source, lines.get(row), columns.get(column)), reason);
    }
}
