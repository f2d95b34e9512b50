package org.divide.io.xlsx;

/**
 * Which sheet of a workbook to read and where its header is, immutable. Defaults: the first
 * sheet, the header on the first non-empty row.
 *
 * <pre>{@code
 * XlsxOptions data = XlsxOptions.defaults().withSheet("Data").withPreamble(2);
 * }</pre>
 */
public final class XlsxOptions {

    private static final XlsxOptions DEFAULTS = new XlsxOptions(null, 0);

    private final String sheet;
    private final int preamble;

    private XlsxOptions(String sheet, int preamble) {
        this.sheet = sheet;
        this.preamble = preamble;
    }

    /**
     * The defaults: the first sheet, no preamble.
     *
     * @return the defaults
     */
    public static XlsxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The sheet read, or {@code null} for the first one.
     *
     * @return the sheet name or {@code null}
     */
    public String sheet() {
        return sheet;
    }

    /**
     * A copy that reads a named sheet.
     *
     * @param name the sheet name (as the spreadsheet shows it), or {@code null} for the first sheet
     * @return the copy
     */
    public XlsxOptions withSheet(String name) {
        return new XlsxOptions(name, preamble);
    }

    /**
     * How many non-empty rows precede the header (a title, a source note).
     *
     * @return the number of rows
     */
    public int preamble() {
        return preamble;
    }

    /**
     * A copy that skips non-empty rows before the header.
     *
     * @param rows the number of non-empty rows before the header, at least 0
     * @return the copy
     * @throws IllegalArgumentException if {@code rows} is negative
     */
    public XlsxOptions withPreamble(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("preamble must be >= 0: " + rows);
        }
        return new XlsxOptions(sheet, rows);
    }

    @Override
    public String toString() {
        return "XlsxOptions[sheet=" + (sheet == null ? "first" : "'" + sheet + "'") + ", preamble=" + preamble + "]";
    }
}
