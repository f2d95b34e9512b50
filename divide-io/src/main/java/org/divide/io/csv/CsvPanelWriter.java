package org.divide.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.divide.core.Panel;

/**
 * Writes panels as CSV through a {@link CsvSink}: economy and indicator codes and years encoded
 * once (neutralised against formula injection, quoted only where needed), numbers as
 * {@link org.divide.io.internal.NumberText} writes them, lines ended by {@code \n}.
 *
 * <p>Cost: one shortest-decimal conversion ({@link org.divide.io.internal.ShortestDecimal}) and a
 * few byte copies per cell; no object per cell. Large panels are formatted in blocks of economies
 * on all cores and written in order ({@link RowBlocks}): the same bytes as on one thread.
 */
final class CsvPanelWriter {

    private CsvPanelWriter() {
    }

    static void writeLong(Panel panel, CsvSink out, MissingCells missing) throws IOException {
        out.record("economy", "indicator", "year", "value");
        byte[][] years = yearFields(panel, out, true);
        byte[][] indicators = codes(panel, out, false, false);
        int room = out.numberRoom() + 1;
        RowBlocks.write(panel.economyCount(), (long) indicators.length * years.length, out, (from, to, sink) -> {
            for (int e = from; e < to; e++) {
                longRows(panel, e, sink, years, indicators, room, missing);
            }
        });
    }

    private static void longRows(Panel panel, int e, CsvSink out, byte[][] years, byte[][] indicators, int room,
            MissingCells missing) throws IOException {
        byte[] economy = out.field(panel.economies().get(e).code(), true);
        for (int i = 0; i < indicators.length; i++) {
            byte[] prefix = concat(economy, out.delimiterBytes(), indicators[i], out.delimiterBytes());
            for (int y = 0; y < years.length; y++) {
                double v = panel.value(e, i, y);
                if (v == v || missing == MissingCells.WRITE_EMPTY) {
                    out.ensure(prefix.length + years[y].length + room);
                    out.bytes(prefix);
                    out.bytes(years[y]);
                    out.number(v);
                    out.newline();
                }
            }
        }
    }

    static void writeIndicatorsAcross(Panel panel, CsvSink out, int onlyYear, boolean yearColumn) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("economy");
        if (yearColumn) {
            header.add("year");
        }
        for (var indicator : panel.indicators()) {
            header.add(indicator.code());
        }
        out.record(header.toArray(String[]::new));
        byte[][] years = yearFields(panel, out, false);
        int[] yearValues = panel.years();
        byte[][] economies = codes(panel, out, true, true);
        int room = out.numberRoom() + out.delimiterLength();
        long cells = (long) panel.indicatorCount() * (yearColumn ? years.length : 1);
        RowBlocks.write(economies.length, cells, out, (from, to, sink) -> {
            for (int e = from; e < to; e++) {
                indicatorsAcrossRows(panel, e, sink, economies[e], years, yearValues, onlyYear, yearColumn, room);
            }
        });
    }

    private static void indicatorsAcrossRows(Panel panel, int e, CsvSink out, byte[] economy, byte[][] years,
            int[] yearValues, int onlyYear, boolean yearColumn, int room) throws IOException {
        int n = panel.indicatorCount();
        for (int y = 0; y < years.length; y++) {
            if (!yearColumn && yearValues[y] != onlyYear) {
                continue;
            }
            out.ensure(economy.length + out.delimiterLength() + years[y].length);
            out.bytes(economy);
            if (yearColumn) {
                out.delimiter();
                out.bytes(years[y]);
            }
            boolean roomy = out.reserve((long) room * n + 1);
            for (int i = 0; i < n; i++) {
                if (!roomy) {
                    out.ensure(room + 1);
                }
                out.delimiter();
                out.number(panel.value(e, i, y));
            }
            out.newline();
        }
    }

    static void writeYearsAcross(Panel panel, CsvSink out) throws IOException {
        int[] yearValues = panel.years();
        List<String> header = new ArrayList<>();
        header.add("economy");
        header.add("indicator");
        for (int year : yearValues) {
            header.add(Integer.toString(year));
        }
        out.record(header.toArray(String[]::new));
        byte[][] indicators = codes(panel, out, false, false);
        int room = out.numberRoom() + out.delimiterLength();
        RowBlocks.write(panel.economyCount(), (long) indicators.length * yearValues.length, out, (from, to, sink) -> {
            for (int e = from; e < to; e++) {
                yearsAcrossRows(panel, e, sink, indicators, room);
            }
        });
    }

    private static void yearsAcrossRows(Panel panel, int e, CsvSink out, byte[][] indicators, int room)
            throws IOException {
        int years = panel.yearCount();
        byte[] economy = out.field(panel.economies().get(e).code(), true);
        for (int i = 0; i < indicators.length; i++) {
            out.ensure(economy.length + out.delimiterLength() + indicators[i].length);
            out.bytes(economy);
            out.delimiter();
            out.bytes(indicators[i]);
            boolean roomy = out.reserve((long) room * years + 1);
            for (int y = 0; y < years; y++) {
                if (!roomy) {
                    out.ensure(room + 1);
                }
                out.delimiter();
                out.number(panel.value(e, i, y));
            }
            out.newline();
        }
    }

    /** The fields of the economy codes (or indicator codes), encoded once. */
    private static byte[][] codes(Panel panel, CsvSink out, boolean economies, boolean first) {
        int n = economies ? panel.economyCount() : panel.indicatorCount();
        byte[][] fields = new byte[n][];
        for (int i = 0; i < n; i++) {
            String code = economies ? panel.economies().get(i).code() : panel.indicators().get(i).code();
            fields[i] = out.field(code, first);
        }
        return fields;
    }

    /** The fields of the years, each followed by the delimiter when {@code delimited}. */
    private static byte[][] yearFields(Panel panel, CsvSink out, boolean delimited) {
        int[] years = panel.years();
        byte[][] fields = new byte[years.length][];
        for (int y = 0; y < years.length; y++) {
            byte[] year = out.field(Integer.toString(years[y]), false);
            fields[y] = delimited ? concat(year, out.delimiterBytes()) : year;
        }
        return fields;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
