package org.divide.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;

/**
 * A panel as JSON, written exactly (and read by {@link PanelJsonReader}): economies and
 * indicators with all their metadata, the years, and the values that are not missing.
 *
 * <pre>{@code
 * {
 *   "format": "divide-panel",
 *   "version": 1,
 *   "economies": [{"code": "KEN", "name": "Kenya", "kind": "CLASSIFIED", "region": "Sub-Saharan Africa"}],
 *   "indicators": [{"code": "SP.POP.TOTL", "name": "Population, total", "unit": "",
 *                   "direction": "POSITIVE", "source": "World Bank, World Development Indicators"}],
 *   "years": [2022, 2023],
 *   "values": [{"economy": "KEN", "indicator": "SP.POP.TOTL", "year": 2023, "value": 55339003}]
 * }
 * }</pre>
 *
 * <p>Reading back what {@link #write(Panel, Path)} wrote gives a panel equal to {@code panel}: order, metadata, years
 * without values and the kind of each economy are kept (aggregates are not split off, unlike the
 * readers of published formats). Economy fields that are {@code null} are omitted; values are
 * written as {@link Values#format(double)} writes them. Reading is strict: an unknown economy or
 * indicator in {@code values}, a year outside the range of a panel, a conflicting duplicate
 * (naming both JSON pointers), a wrong type or a missing member fails with a
 * {@link MalformedDataException} naming the JSON pointer; the document limits of
 * {@link JsonInput} apply.
 */
public final class PanelJson {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "divide-panel";
    /** The version written and read. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private PanelJson() {
    }

    /**
     * Writes a panel to a file, UTF-8, indented.
     *
     * @param panel the panel
     * @param path  the file, created or replaced
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(panel, g);
        }
    }

    /**
     * Writes a panel, indented.
     *
     * @param panel  the panel
     * @param writer where to write (flushed, not closed)
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, Writer writer) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(Sources.nonClosingWriter(writer))) {
            write(panel, g);
        }
        writer.flush();
    }

    /**
     * Writes a panel to a string, indented.
     *
     * @param panel the panel
     * @return the JSON document
     */
    public static String toJson(Panel panel) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(panel, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Panel panel, JsonGenerator g) throws IOException {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeArrayFieldStart("economies");
        for (Economy e : panel.economies()) {
            g.writeStartObject();
            g.writeStringField("code", e.code());
            g.writeStringField("name", e.name());
            g.writeStringField("kind", e.kind().name());
            optional(g, "iso2", e.iso2());
            optional(g, "isoNumeric", e.isoNumeric());
            optional(g, "region", e.region());
            optional(g, "regionCode", e.regionCode());
            optional(g, "incomeGroup", e.incomeGroup());
            optional(g, "incomeCode", e.incomeCode());
            optional(g, "lendingCategory", e.lendingCategory());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (Indicator i : panel.indicators()) {
            g.writeStartObject();
            g.writeStringField("code", i.code());
            g.writeStringField("name", i.name());
            g.writeStringField("unit", i.unit());
            g.writeStringField("direction", i.direction().name());
            g.writeStringField("source", i.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        int[] years = panel.years();
        g.writeArrayFieldStart("years");
        for (int year : years) {
            g.writeNumber(year);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        List<Economy> economies = panel.economies();
        List<Indicator> indicators = panel.indicators();
        for (int e = 0; e < economies.size(); e++) {
            for (int i = 0; i < indicators.size(); i++) {
                for (int y = 0; y < years.length; y++) {
                    double v = panel.value(e, i, y);
                    if (!Double.isNaN(v)) {
                        g.writeStartObject();
                        g.writeStringField("economy", economies.get(e).code());
                        g.writeStringField("indicator", indicators.get(i).code());
                        g.writeNumberField("year", years[y]);
                        g.writeFieldName("value");
                        g.writeNumber(Values.format(v));
                        g.writeEndObject();
                    }
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
