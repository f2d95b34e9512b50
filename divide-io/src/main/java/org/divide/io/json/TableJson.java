package org.divide.io.json;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;

/**
 * Writes a result table (scores, ranks, decompositions) as a JSON array of objects, one per row,
 * keyed by the header:
 *
 * <pre>{@code
 * TableJson.write(List.of("economy", "score", "rank"),
 *         List.of(List.of("KEN", 0.41, 97), List.of("NOR", 0.78, 3)), writer);
 * // [ { "economy" : "KEN", "score" : 0.41, "rank" : 97 }, ... ]
 * }</pre>
 *
 * <p>A {@link Double} or {@link Float} cell is written as a number by
 * {@link Values#format(double)} ({@code NaN} as {@code null}), another {@link Number} as a
 * number, a {@link Boolean} as a boolean, {@code null} as {@code null}, anything else as its
 * {@code toString()}. Text is not altered (formula neutralisation concerns CSV and spreadsheets).
 */
public final class TableJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TableJson() {
    }

    /**
     * Writes a table, indented.
     *
     * @param header the column names, distinct
     * @param rows   the rows, each with as many cells as the header
     * @param writer where to write (flushed, not closed)
     * @throws IllegalArgumentException if a row's length differs from the header's (naming the row)
     *                                  or a column name repeats
     * @throws IOException              if writing fails
     */
    public static void write(List<String> header, List<? extends List<?>> rows, Writer writer) throws IOException {
        if (header.stream().distinct().count() != header.size()) {
            throw new IllegalArgumentException("header has repeated column names: " + header);
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException("rows[" + r + "] has " + rows.get(r).size()
                        + " cells but the header has " + header.size());
            }
        }
        try (JsonGenerator g = FACTORY.createGenerator(Sources.nonClosingWriter(writer))) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (List<?> row : rows) {
                g.writeStartObject();
                for (int c = 0; c < header.size(); c++) {
                    g.writeFieldName(header.get(c));
                    cell(g, row.get(c));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        writer.flush();
    }

    private static void cell(JsonGenerator g, Object cell) throws IOException {
        if (cell == null) {
            g.writeNull();
        } else if (cell instanceof Double || cell instanceof Float) {
            double v = ((Number) cell).doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                g.writeNull();
            } else {
                g.writeNumber(Values.format(v));
            }
        } else if (cell instanceof Number) {
            g.writeNumber(cell.toString());
        } else if (cell instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(cell.toString());
        }
    }
}
