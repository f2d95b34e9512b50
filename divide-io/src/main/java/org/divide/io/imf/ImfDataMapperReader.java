package org.divide.io.imf;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;
import org.divide.io.json.JsonInput;

/**
 * Reads IMF DataMapper API JSON ({@code imf.org/external/datamapper/api/v1/<indicator>}):
 * {@code {"values": {INDICATOR: {ECONOMY: {"2023": value, ...}}}, "api": {...}}}. Immutable; the
 * metadata responses are given with {@link #withMetadata(Path)}.
 *
 * <pre>{@code
 * ReadResult r = ImfDataMapperReader.withDefaults().read(Path.of("NGDP_RPCH.json"));
 * ReadResult s = ImfDataMapperReader.withDefaults().withMetadata(Path.of("indicators.json"))
 *         .withMetadata(Path.of("groups.json")).withMetadata(Path.of("regions.json"))
 *         .read(Path.of("NGDP_RPCH.json"));
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
public final class ImfDataMapperReader implements TextFormatReader<ImfDataMapperReader> {

    private static final ImfDataMapperReader DEFAULTS = new ImfDataMapperReader(List.of(), ReadOptions.defaults());

    /** A metadata response, parsed. */
    private record Response(JsonNode root, String source) {
    }

    private final List<Response> metadata;
    private final ReadOptions options;

    private ImfDataMapperReader(List<Response> metadata, ReadOptions options) {
        this.metadata = metadata;
        this.options = options;
    }

    /**
     * The reader without metadata responses, with the default options.
     *
     * @return the reader
     */
    public static ImfDataMapperReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that also uses this metadata response ({@code indicators}, {@code countries},
     * {@code regions} or {@code groups}), read now.
     *
     * @param file the response
     * @return the copy
     * @throws MalformedDataException if the response is malformed
     * @throws IOException            if it cannot be read
     */
    public ImfDataMapperReader withMetadata(Path file) throws IOException {
        return with(new Response(JsonInput.parse(file), Sources.name(file)));
    }

    /**
     * A copy that also uses this metadata response, read now.
     *
     * @param text   the response (not closed)
     * @param source its name in messages
     * @return the copy
     * @throws MalformedDataException if the response is malformed
     * @throws IOException            if it cannot be read
     */
    public ImfDataMapperReader withMetadata(Reader text, String source) throws IOException {
        return with(new Response(JsonInput.parse(text, source), source));
    }

    private ImfDataMapperReader with(Response response) throws MalformedDataException {
        new ImfMetadata().add(response.root(), response.source());   // rejects a malformed response now
        List<Response> all = new ArrayList<>(metadata);
        all.add(response);
        return new ImfDataMapperReader(List.copyOf(all), options);
    }

    /**
     * A copy without metadata responses.
     *
     * @return the copy
     */
    public ImfDataMapperReader withoutMetadata() {
        return new ImfDataMapperReader(List.of(), options);
    }

    @Override
    public ImfDataMapperReader withOptions(ReadOptions newOptions) {
        return new ImfDataMapperReader(metadata, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        ImfMetadata meta = new ImfMetadata();
        for (Response m : metadata) {
            meta.add(m.root(), m.source());
        }
        return read(JsonInput.parse(reader, source, options.limits()), source, meta, options);
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
        for (Map.Entry<String, JsonNode> i : values.properties()) {
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
                c.skip(Location.pointer(source, ip), e);
                continue;
            }
            for (Map.Entry<String, JsonNode> e : i.getValue().properties()) {
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
            c.skip(Location.pointer(source, ep), ex);
            return;
        }
        for (Map.Entry<String, JsonNode> y : years.properties()) {
            String yp = JsonInput.child(ep, y.getKey());
            try {
                int year = Values.year(y.getKey());
                double value = JsonInput.number(y.getValue(), c.options());
                pointers.add(yp);
                c.put(economy, indicator, year, value, pointers.size() - 1);
            } catch (IllegalArgumentException ex) {
                c.skip(Location.pointer(source, yp), ex);
            }
        }
    }
}
