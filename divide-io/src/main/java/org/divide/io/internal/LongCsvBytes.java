package org.divide.io.internal;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.divide.core.Panel;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongLayout;

/**
 * The fast path of the long CSV reader: a byte-level lexer for plain, well-kept files that gives
 * the same {@link ReadResult} as the general path ({@link CsvTable}-based {@link LongRows}) or
 * declines, returning {@code null}, so that the caller reads the same bytes the general way.
 *
 * <p><b>What it takes.</b> Comma-separated ASCII text (every byte in {@code 0x20..0x7E}, lines
 * ending in {@code \n} or {@code \r\n}), no quote character anywhere, no byte-order mark, no empty
 * line but a final line break, every row as wide as the header, the header's columns found, lines
 * and records within the {@link ReadLimits}. Anything else — a quoted field, a non-ASCII byte (the
 * strict UTF-8 check is the general path's), a bad year or value, a duplicate, an unknown economy
 * under {@code UnmatchedPolicy.FAIL}, any record the general path would skip or report — makes it
 * decline, and the general path then gives its own result or its located error. Declining costs
 * the work done so far; on the files the fast path accepts it does the same collector calls, in
 * the same order, with the same arguments as the general path, hence the same panels.
 *
 * <p><b>Where the time goes.</b> Bytes are classified through a 256-entry table; the economy,
 * economy-name and indicator fields are interned by their bytes ({@link SliceTable}), so a code
 * becomes a {@code String} once per distinct code, not once per row; a four-digit year is read
 * from its bytes; a value of the grammar of {@link Values} is parsed from its bytes by
 * FastDoubleParser ({@link JavaDoubleParser}), which returns the correctly rounded {@code double},
 * the same as {@link Double#parseDouble(String)}. Other values (the missing-value markers) go
 * through {@link Values#number(String, ReadOptions)}.
 */
public final class LongCsvBytes {

    /** Byte classes: an ordinary byte of a field. */
    private static final byte PLAIN = 0;
    /** The delimiter. */
    private static final byte COMMA = 1;
    /** The end of a line. */
    private static final byte NEWLINE = 2;
    /** A carriage return, accepted only before a line feed. */
    private static final byte RETURN = 3;
    /** Anything that makes the fast path decline. */
    private static final byte OTHER = 4;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            CLASS[i] = i >= 0x20 && i <= 0x7E && i != '"' ? PLAIN : OTHER;
        }
        CLASS[','] = COMMA;
        CLASS['\n'] = NEWLINE;
        CLASS['\r'] = RETURN;
    }

    private final byte[] b;
    private final int n;
    private final ReadLimits limits;
    private final PanelCollector c;
    private final SliceTable economyCodes = new SliceTable();
    private final List<String> economyText = new ArrayList<>();
    private final SliceTable economyNames = new SliceTable();
    private final List<String> nameText = new ArrayList<>();
    private final SliceTable indicatorCodes = new SliceTable();
    private int[] indicatorHandles = new int[16];
    private int pos;
    private long line;

    private LongCsvBytes(byte[] bytes, int length, PanelCollector collector) {
        this.b = bytes;
        this.n = length;
        this.limits = collector.options().limits();
        this.c = collector;
    }

    /**
     * Reads a whole long CSV file from its bytes, or declines.
     *
     * @param bytes   the file's bytes
     * @param length  how many of them
     * @param source  the name used in messages
     * @param layout  the columns
     * @param options the read options (a decimal comma declines)
     * @return the result, the same as the general path's; or {@code null} when this input needs
     *         the general path
     */
    public static ReadResult read(byte[] bytes, int length, String source, LongLayout layout, ReadOptions options) {
        if (options.decimalComma()) {
            return null;
        }
        try {
            LongCsvBytes r = new LongCsvBytes(bytes, length, PanelCollector.create(source, options));
            return r.rows(layout) ? r.c.finish().withNotes(FormatNotes.none()) : null;
        } catch (MalformedDataException | RuntimeException e) {
            // the general path reads the same bytes and reports this in its own words
            return null;
        }
    }

    /** Reads the header and the rows; {@code false} to decline. */
    private boolean rows(LongLayout layout) throws MalformedDataException {
        List<String> header = header();
        if (header == null || header.size() > limits.maxFieldsPerLine()) {
            return false;
        }
        int ec = column(header, layout.economy());
        int nc = layout.economyName() == null ? -1 : column(header, layout.economyName());
        int ic = layout.indicator() == null ? -1 : column(header, layout.indicator());
        int yc = column(header, layout.year());
        int vc = column(header, layout.value());
        if (ec < 0 || yc < 0 || vc < 0 || ic < 0 && layout.indicator() != null
                || nc < 0 && layout.economyName() != null) {
            return false;
        }
        int fixed = ic < 0 ? c.indicator(layout.fixedIndicator()) : -1;
        c.noRowsAfterHeader(c.source(), 1);
        int width = header.size();
        int[] from = new int[width];
        int[] to = new int[width];
        while (pos < n) {
            line++;
            if (!record(from, to, width)) {
                return false;
            }
            int e = c.economy(economy(from[ec], to[ec]), nc < 0 ? null : name(from[nc], to[nc]), line);
            int i = ic < 0 ? fixed : indicator(from[ic], to[ic]);
            int y = year(from[yc], to[yc]);
            double v = value(from[vc], to[vc]);
            c.put(e, i, y, v, line);
        }
        return true;
    }

    /**
     * Lexes one record starting at {@link #pos} into field bounds and moves past its line end;
     * {@code false} if it is not a plain record as wide as the header.
     */
    private boolean record(int[] from, int[] to, int width) {
        int start = pos;
        int field = 0;
        int fieldStart = pos;
        int i = pos;
        while (true) {
            byte k = i < n ? CLASS[b[i] & 0xFF] : NEWLINE;
            if (k == PLAIN) {
                i++;
                continue;
            }
            if (k == OTHER || k == RETURN && (i + 1 >= n || b[i + 1] != '\n') || field == width) {
                return false;
            }
            from[field] = fieldStart;
            to[field] = i;
            field++;
            if (k == COMMA) {
                fieldStart = ++i;
                continue;
            }
            int end = k == RETURN ? i + 2 : i + 1;
            // an empty line (which the general path skips, counting it) or an overlong one declines
            if (i == start || i + 1 - start > limits.maxLineLength() || field != width) {
                return false;
            }
            pos = Math.min(end, n);
            return true;
        }
    }

    /** The header's names, stripped, or {@code null} if the header is not plain. */
    private List<String> header() {
        if (n == 0) {
            return null;
        }
        int i = 0;
        while (i < n && CLASS[b[i] & 0xFF] != NEWLINE && CLASS[b[i] & 0xFF] != RETURN) {
            if (CLASS[b[i] & 0xFF] == OTHER) {
                return null;
            }
            i++;
        }
        if (i == 0 || i + 1 > limits.maxLineLength() || i < n && b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
            return null;
        }
        String text = new String(b, 0, i, StandardCharsets.US_ASCII);
        pos = i < n && b[i] == '\r' ? i + 2 : Math.min(i + 1, n);
        line = 1;
        List<String> names = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            names.add(name.strip());
        }
        return names;
    }

    /** As {@code CsvTable.findColumn}: the first name equal without regard to case, or -1. */
    private static int column(List<String> header, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private String economy(int from, int to) {
        int id = economyCodes.find(b, from, to);
        if (id < 0) {
            id = economyCodes.add(b, from, to);
            economyText.add(new String(b, from, to - from, StandardCharsets.US_ASCII));
        }
        return economyText.get(id);
    }

    private String name(int from, int to) {
        int id = economyNames.find(b, from, to);
        if (id < 0) {
            id = economyNames.add(b, from, to);
            nameText.add(new String(b, from, to - from, StandardCharsets.US_ASCII));
        }
        return nameText.get(id);
    }

    private int indicator(int from, int to) {
        int id = indicatorCodes.find(b, from, to);
        if (id < 0) {
            int handle = c.indicator(new String(b, from, to - from, StandardCharsets.US_ASCII).strip());
            id = indicatorCodes.add(b, from, to);
            if (id == indicatorHandles.length) {
                indicatorHandles = Arrays.copyOf(indicatorHandles, 2 * id);
            }
            indicatorHandles[id] = handle;
        }
        return indicatorHandles[id];
    }

    /** A four-digit year from its bytes; anything else through {@link Values#year(String)}. */
    private int year(int from, int to) {
        if (to - from == 4) {
            int y = 0;
            for (int i = from; i < to && y >= 0; i++) {
                int d = b[i] - '0';
                y = d >= 0 && d <= 9 ? 10 * y + d : -1;
            }
            if (y >= Panel.MIN_YEAR && y <= Panel.MAX_YEAR) {
                return y;
            }
        }
        return Values.year(new String(b, from, to - from, StandardCharsets.US_ASCII));
    }

    /**
     * A value: a number of the grammar of {@link Values} parsed from its bytes, correctly rounded;
     * anything else (missing-value markers, white space) through
     * {@link Values#number(String, ReadOptions)}.
     */
    private double value(int from, int to) {
        if (isNumber(from, to)) {
            double v = JavaDoubleParser.parseDouble(b, from, to - from);
            if (!Double.isInfinite(v)) {
                return v;
            }
        }
        return Values.number(new String(b, from, to - from, StandardCharsets.US_ASCII), c.options());
    }

    /** {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} with at least one mantissa digit. */
    private boolean isNumber(int from, int to) {
        int i = from;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        int start = i;
        i = digits(i, to);
        int mantissa = i - start;
        if (i < to && b[i] == '.') {
            int f = i + 1;
            i = digits(f, to);
            mantissa += i - f;
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int e = i;
            i = digits(i, to);
            if (i == e) {
                return false;
            }
        }
        return i == to;
    }

    private int digits(int from, int to) {
        int i = from;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }
}
