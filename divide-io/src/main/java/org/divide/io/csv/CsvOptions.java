package org.divide.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The syntax of a CSV file, immutable: delimiter, quote character, encoding, and which records
 * precede the header (counted, or up to a header found by content). Defaults: comma, double quote, UTF-8 (with or without a byte-order mark), no
 * preamble. Quoted fields may hold delimiters, quotes (doubled) and line breaks; empty lines are
 * ignored.
 *
 * <pre>{@code
 * CsvOptions semicolons = CsvOptions.defaults().withDelimiter(';');
 * CsvOptions tabs = CsvOptions.defaults().withDelimiter('\t');
 * }</pre>
 *
 * <p>How numbers are written (decimal comma) and which texts mean missing are
 * {@link org.divide.io.ReadOptions}, shared with the other formats.
 */
public final class CsvOptions {

    /** How many records {@link #withHeaderAt(String)} looks through for the header. */
    public static final int HEADER_SEARCH = 20;

    private static final CsvOptions DEFAULTS = new CsvOptions(',', '"', StandardCharsets.UTF_8, 0, null);

    private final char delimiter;
    private final char quote;
    private final Charset charset;
    private final int preamble;
    private final String headerStart;

    private CsvOptions(char delimiter, char quote, Charset charset, int preamble, String headerStart) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.charset = charset;
        this.preamble = preamble;
        this.headerStart = headerStart;
    }

    /**
     * The defaults: comma, double quote, UTF-8, no preamble.
     *
     * @return the defaults
     */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The field delimiter.
     *
     * @return the delimiter
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * A copy with another delimiter.
     *
     * @param newDelimiter the delimiter: not a quote, a line break or a letter or digit
     * @return the copy
     * @throws IllegalArgumentException if the delimiter is unusable
     */
    public CsvOptions withDelimiter(char newDelimiter) {
        if (newDelimiter == quote || newDelimiter == '\n' || newDelimiter == '\r'
                || Character.isLetterOrDigit(newDelimiter)) {
            throw new IllegalArgumentException("unusable CSV delimiter: '" + newDelimiter + "'");
        }
        return new CsvOptions(newDelimiter, quote, charset, preamble, headerStart);
    }

    /**
     * The quote character.
     *
     * @return the quote character
     */
    public char quote() {
        return quote;
    }

    /**
     * A copy with another quote character.
     *
     * @param newQuote the quote character, not the delimiter
     * @return the copy
     * @throws IllegalArgumentException if it equals the delimiter or is a line break
     */
    public CsvOptions withQuote(char newQuote) {
        if (newQuote == delimiter || newQuote == '\n' || newQuote == '\r') {
            throw new IllegalArgumentException("unusable CSV quote character: '" + newQuote + "'");
        }
        return new CsvOptions(delimiter, newQuote, charset, preamble, headerStart);
    }

    /**
     * The encoding.
     *
     * @return the charset
     */
    public Charset charset() {
        return charset;
    }

    /**
     * A copy with another encoding (used when reading files; a byte-order mark is skipped).
     *
     * @param newCharset the charset, non-null
     * @return the copy
     */
    public CsvOptions withCharset(Charset newCharset) {
        return new CsvOptions(delimiter, quote, Objects.requireNonNull(newCharset, "charset"), preamble,
                headerStart);
    }

    /**
     * How many non-empty records precede the header (a title, a "Last Updated" line).
     *
     * @return the number of records skipped before the header
     */
    public int preamble() {
        return preamble;
    }

    /**
     * A copy that skips records before the header.
     *
     * @param records the number of non-empty records before the header, at least 0
     * @return the copy
     * @throws IllegalArgumentException if {@code records} is negative
     */
    public CsvOptions withPreamble(int records) {
        if (records < 0) {
            throw new IllegalArgumentException("preamble must be >= 0: " + records);
        }
        return new CsvOptions(delimiter, quote, charset, records, null);
    }

    /**
     * The text the header's first field must have when the preamble is found by content, or
     * {@code null} when it is counted ({@link #preamble()}).
     *
     * @return the text or {@code null}
     */
    public String headerStart() {
        return headerStart;
    }

    /**
     * A copy that finds the header by content: records before the first one whose first field is
     * {@code firstField} (stripped, without regard to case) are a preamble and skipped. The header
     * must be among the first {@value #HEADER_SEARCH} records. Replaces a counted preamble.
     *
     * @param firstField the header's first field, such as {@code Country Name}
     * @return the copy
     */
    public CsvOptions withHeaderAt(String firstField) {
        return new CsvOptions(delimiter, quote, charset, 0, Objects.requireNonNull(firstField, "firstField").strip());
    }

    @Override
    public String toString() {
        return "CsvOptions[delimiter='" + delimiter + "', quote='" + quote + "', charset=" + charset + ", preamble="
                + (headerStart == null ? String.valueOf(preamble) : "until '" + headerStart + "'") + "]";
    }
}
