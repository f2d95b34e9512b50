package org.divide.io.xlsx;

import java.io.Reader;
import java.time.LocalDateTime;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Values;

/**
 * A sheet presented as CSV text, row by row as it is read, so that the CSV readers
 * ({@link org.divide.io.csv.CsvTable} with the long and wide layouts) read spreadsheets with the
 * same rules and messages. Line {@code n} of the text is row {@code n} of the sheet (empty rows
 * become empty lines), so "line" in a message is the row number the spreadsheet shows.
 *
 * <p>Cells become text as follows: numbers as {@link Values#format(double)} (the shortest text
 * that reads back as the same {@code double}); dates as ISO 8601 ({@code 2024-03-01}, with the
 * time when it is not midnight); booleans as {@code TRUE}/{@code FALSE}; formulas as their cached
 * result (a formula never calculated, as some generators write them, as its text {@code =...},
 * which no reader takes for a number); errors as their code ({@code #N/A}, a missing value); text as it is, a line break
 * replaced by a space. Trailing empty cells are dropped, but a data row has at least as many
 * fields as the header. A cell the spreadsheet library cannot read (malformed sheet XML, such as an
 * unknown cell type) is a {@link MalformedDataException} naming the row and column.
 */
final class SheetText extends Reader {

    private final Iterator<Row> rows;
    private final String source;
    private final int preamble;
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int nextRow;
    private int nonEmpty;
    private int headerWidth;
    private Row pending;
    private boolean done;

    SheetText(Sheet sheet, String source, int preamble) {
        this.rows = sheet.rowIterator();
        this.source = source;
        this.preamble = preamble;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws MalformedDataException {
        if (len == 0) {
            return 0;
        }
        while (pos == line.length()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, line.length() - pos);
        line.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    /** Renders the next line (an empty one for a row the sheet skips). */
    private boolean fill() throws MalformedDataException {
        line.setLength(0);
        pos = 0;
        if (done) {
            return false;
        }
        if (pending == null) {
            if (!rows.hasNext()) {
                done = true;
                return false;
            }
            pending = rows.next();
        }
        if (pending.getRowNum() > nextRow) {
            nextRow++;
            line.append('\n');
            return true;
        }
        Row row = pending;
        pending = null;
        nextRow = row.getRowNum() + 1;
        int last = lastNonBlank(row);
        if (last >= 0 && nonEmpty++ == preamble) {
            headerWidth = last + 1;
        }
        int width = last < 0 ? 0 : Math.max(last + 1, nonEmpty > preamble + 1 ? headerWidth : 0);
        for (int c = 0; c < width; c++) {
            if (c > 0) {
                line.append(',');
            }
            quote(cellText(row, c));
        }
        line.append('\n');
        return true;
    }

    private int lastNonBlank(Row row) throws MalformedDataException {
        for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
            if (!cellText(row, c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    /** The text of a cell; a cell the library fails on is malformed input, not a library error. */
    private String cellText(Row row, int column) throws MalformedDataException {
        try {
            return text(row.getCell(column));
        } catch (RuntimeException e) {
            throw new MalformedDataException(Location.cell(source, row.getRowNum() + 1L,
                    CellReference.convertNumToColString(column)), "the cell cannot be read (malformed sheet XML)", e);
        }
    }

    private void quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    /**
     * The text of a cell, as the class comment says.
     *
     * @param cell the cell, or {@code null}
     * @return the text, empty for a blank or absent cell
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof XSSFCell x && x.getCellType() == CellType.FORMULA && x.getRawValue() == null) {
            return "=" + x.getCellFormula();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
                }
                return Values.format(cell.getNumericCellValue());
            case STRING:
                return cell.getStringCellValue().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            default:
                return "";
        }
    }

    @Override
    public void close() {
        done = true;
    }
}
