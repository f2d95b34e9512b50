package org.divide.io;

/**
 * The limits a reader applies to untrusted input, so that a hostile or broken file fails fast with
 * a located {@link MalformedDataException} naming the limit (and the method raising it) instead of
 * exhausting memory or time. Immutable; set through {@link ReadOptions#withLimits(ReadLimits)}:
 *
 * <pre>{@code
 * ReadOptions big = ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxFileBytes(8L << 30));
 * }</pre>
 *
 * <p>The defaults (see {@code docs/errors.md}) admit every real file of the supported providers
 * with a wide margin: files of at most 1 GiB; a workbook inflating to at most 256 MiB with at most
 * 10 million cells; text lines of at most 1 Mi characters and 16,384 fields (the column limit of
 * Excel); JSON nested at most 64 levels with strings of at most 1 Mi characters. XML is always
 * read without DTDs or external entities (not a limit but a rule).
 *
 * @param maxFileBytes         the largest input, in bytes (compressed, for a workbook)
 * @param maxDecompressedBytes the most bytes the parts of a workbook (a zip) may inflate to, in all
 * @param maxFieldsPerLine     the most fields a line of a delimited text (or a row of a sheet) may have
 * @param maxLineLength        the longest line of a delimited text, in characters
 * @param maxJsonDepth         the deepest nesting of arrays and objects in JSON
 * @param maxJsonStringLength  the longest JSON string (or member name), in characters
 * @param maxCells             the most cells a sheet of a workbook may have
 */
public record ReadLimits(long maxFileBytes, long maxDecompressedBytes, int maxFieldsPerLine, int maxLineLength,
        int maxJsonDepth, int maxJsonStringLength, long maxCells) {

    private static final ReadLimits DEFAULTS = new ReadLimits(1L << 30, 256L << 20, 16_384, 1 << 20, 64, 1 << 20,
            10_000_000L);

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxDecompressedBytes", maxDecompressedBytes);
        positive("maxFieldsPerLine", maxFieldsPerLine);
        positive("maxLineLength", maxLineLength);
        positive("maxJsonDepth", maxJsonDepth);
        positive("maxJsonStringLength", maxJsonStringLength);
        positive("maxCells", maxCells);
    }

    /**
     * The default limits.
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another largest input.
     *
     * @param bytes the most bytes, positive
     * @return the copy
     */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDecompressedBytes, maxFieldsPerLine, maxLineLength, maxJsonDepth,
                maxJsonStringLength, maxCells);
    }

    /**
     * A copy with another limit on the inflated size of a workbook.
     *
     * @param bytes the most bytes, positive
     * @return the copy
     */
    public ReadLimits withMaxDecompressedBytes(long bytes) {
        return new ReadLimits(maxFileBytes, bytes, maxFieldsPerLine, maxLineLength, maxJsonDepth,
                maxJsonStringLength, maxCells);
    }

    /**
     * A copy with another limit on the fields of a line.
     *
     * @param fields the most fields, positive
     * @return the copy
     */
    public ReadLimits withMaxFieldsPerLine(int fields) {
        return new ReadLimits(maxFileBytes, maxDecompressedBytes, fields, maxLineLength, maxJsonDepth,
                maxJsonStringLength, maxCells);
    }

    /**
     * A copy with another limit on the length of a line.
     *
     * @param characters the most characters, positive
     * @return the copy
     */
    public ReadLimits withMaxLineLength(int characters) {
        return new ReadLimits(maxFileBytes, maxDecompressedBytes, maxFieldsPerLine, characters, maxJsonDepth,
                maxJsonStringLength, maxCells);
    }

    /**
     * A copy with another limit on JSON nesting.
     *
     * @param depth the most levels, positive
     * @return the copy
     */
    public ReadLimits withMaxJsonDepth(int depth) {
        return new ReadLimits(maxFileBytes, maxDecompressedBytes, maxFieldsPerLine, maxLineLength, depth,
                maxJsonStringLength, maxCells);
    }

    /**
     * A copy with another limit on the length of a JSON string.
     *
     * @param characters the most characters, positive
     * @return the copy
     */
    public ReadLimits withMaxJsonStringLength(int characters) {
        return new ReadLimits(maxFileBytes, maxDecompressedBytes, maxFieldsPerLine, maxLineLength, maxJsonDepth,
                characters, maxCells);
    }

    /**
     * A copy with another limit on the cells of a sheet.
     *
     * @param cells the most cells, positive
     * @return the copy
     */
    public ReadLimits withMaxCells(long cells) {
        return new ReadLimits(maxFileBytes, maxDecompressedBytes, maxFieldsPerLine, maxLineLength, maxJsonDepth,
                maxJsonStringLength, cells);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
