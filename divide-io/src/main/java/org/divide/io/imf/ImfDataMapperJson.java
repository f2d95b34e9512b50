package org.divide.io.imf;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;
import org.divide.io.json.JsonInput;

/**
 * IMF DataMapper API JSON ({@code imf.org/external/datamapper/api/v1/<indicator>}):
 * {@code {"values": {INDICATOR: {ECONOMY: {"2023": value, ...}}}, "api": {...}}}.
 *
 * <pre>{@code
 * ReadResult r = ImfDataMapperJson.read(Path.of("NGDP_RPCH.json"));
 * ReadResult s = ImfDataMapperJson.read(Path.of("NGDP_RPCH.json"),
 *         List.of(Path.of("indicators.json"), Path.of("groups.json"), Path.of("regions.json")),
 *         ReadOptions.defaults());
 * }</pre>
 *
 * <p>Economy codes are resolved through {@link ReadOptions#resolver()}. The DataMapper's own
 * regions and groups ({@code ADVEC}, {@code AFQ}, ...) are not countries: with the
 * {@code regions} and {@code groups} metadata responses given they are kept apart as aggregates;
 * without them they are unmatched (use {@link org.divide.io.UnmatchedPolicy#DROP} to leave them
 * out). The {@code indicators} response gives indicators their label, unit and source; the
 * {@code countries} response names economies the registry does not know. A {@code null} value is
 * missing; a year key must be a calendar year. Positions in messages are JSON pointers such as
 * {@code NGDP_RPCH.json at /values/NGDP_RPCH/KEN/2023}.
 */
public final class ImfDataMapperJson {

    private ImfDataMapperJson() {
    }

    /**
     * Reads a data response without metadata.
     *
     * @param path the file
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, List.of(), ReadOptions.defaults());
    }

    /**
     * Reads a data response with metadata responses.
     *
     * @param path     the data file
     * @param metadata {@code indicators}, {@code countries}, {@code regions} or {@code groups}
     *                 responses, in any order
     * @param options  the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if a file is malformed (strict mode)
     * @throws IOException            if a file cannot be read
     */
    public static ReadResult read(Path path, List<Path> metadata, ReadOptions options) throws IOException {
        ImfMetadata meta = new ImfMetadata();
        for (Path m : metadata) {
            meta.add(JsonInput.parse(m), Sources.name(m));
        }
        return read(JsonInput.parse(path), Sources.name(path), meta, options);
    }

    /**
     * Reads a data response from a reader (not closed), without metadata.
     *
     * @param reader  the text
     * @param source  the name used in messages
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the text is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, ReadOptions options) throws IOException {
        return read(JsonInput.parse(Sources.skipBom(Sources.nonClosing(reader)), source), source, new ImfMetadata(),
                options);
    }

    private static ReadResult read(JsonNode root, String source, ImfMetadata meta, ReadOptions options)
            throws MalformedDataException {
        JsonNode values = root.path("values");
        if (!values.isObject()) {
            List<String> members = new ArrayList<>();
            root.fieldNames().forEachRemaining(members::add);
            throw new MalformedDataException(Location.pointer(source, values.isMissingNode() ? "" : "/values"),
                    "expected a DataMapper data response {\"values\": {INDICATOR: {ECONOMY: {YEAR: value}}}}, found "
                            + (values.isMissingNode() ? (root.isObject() ? "members " + members
                                    : JsonInput.describe(root)) : JsonInput.describe(values)));
        }
        List<String> pointers = new ArrayList<>();
        PanelCollector c = PanelCollector.create(source, options,
                position -> Location.pointer(source, pointers.get((int) position)));
        for (Iterator<Map.Entry<String, JsonNode>> is = values.fields(); is.hasNext();) {
            Map.Entry<String, JsonNode> i = is.next();
            String ip = JsonInput.child("/values", i.getKey());
            if (!i.getValue().isObject()) {
                c.skip(Location.pointer(source, ip), "expected an object of economies, found "
                        + JsonInput.describe(i.getValue()));
                continue;
            }
            int indicator;
            try {
                indicator = c.indicator(meta.indicator(i.getKey().strip()));
            } catch (IllegalArgumentException e) {
                c.skip(Location.pointer(source, ip), e.getMessage());
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> es = i.getValue().fields(); es.hasNext();) {
                Map.Entry<String, JsonNode> e = es.next();
                readEconomy(e.getKey(), e.getValue(), JsonInput.child(ip, e.getKey()), indicator, c, meta, pointers);
            }
        }
        return c.finish();
    }

    private static void readEconomy(String code, JsonNode years, String ep, int indicator, PanelCollector c,
            ImfMetadata meta, List<String> pointers) throws MalformedDataException {
        String source = c.source();
        if (!years.isObject()) {
            c.skip(Location.pointer(source, ep), "expected an object of years, found " + JsonInput.describe(years));
            return;
        }
        int economy;
        try {
            pointers.add(ep);
            economy = c.economy(code, meta.label(code.strip()), pointers.size() - 1, meta.fallback());
        } catch (IllegalArgumentException ex) {
            c.skip(Location.pointer(source, ep), ex.getMessage());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> ys = years.fields(); ys.hasNext();) {
            Map.Entry<String, JsonNode> y = ys.next();
            String yp = JsonInput.child(ep, y.getKey());
            try {
                int year = Values.year(y.getKey());
                double value = JsonInput.number(y.getValue(), c.options());
                pointers.add(yp);
                c.put(economy, indicator, year, value, pointers.size() - 1);
            } catch (IllegalArgumentException ex) {
                c.skip(Location.pointer(source, yp), ex.getMessage());
            }
        }
    }
}
