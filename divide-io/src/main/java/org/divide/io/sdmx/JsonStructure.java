package org.divide.io.sdmx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The structure part of an SDMX-JSON message as the reader needs it: the dimensions at the data
 * set, series and observation levels with their values, the time dimension, the position of the
 * measure in an observation array, and the dimension order of series keys.
 */
final class JsonStructure {

    /** The data set, series and observation levels. */
    static final int DATASET = 0;
    /** The series level. */
    static final int SERIES = 1;
    /** The observation level. */
    static final int OBSERVATION = 2;

    private static final String[] LEVELS = {"dataSet", "series", "observation"};

    /** A dimension with its values. */
    record Dimension(String id, int level, int position, int keyPosition, boolean area, boolean time,
            List<String> codes, List<String> names) {
    }

    /** The dimensions per level, in message order. */
    final List<List<Dimension>> levels;
    /** The time dimension. */
    final Dimension time;
    /** The other dimensions in series-key order. */
    final List<Dimension> key;
    /** Their ids. */
    final List<String> keyIds;
    /** The roles the message gives, by id. */
    final Map<String, String> hints = new HashMap<>();
    /** The measure's position in an observation array. */
    final int measure;
    /** The dataflow, or empty. */
    final String structure;

    private JsonStructure(List<List<Dimension>> levels, Dimension time, List<Dimension> key, int measure,
            String structure) {
        this.levels = levels;
        this.time = time;
        this.key = key;
        this.keyIds = key.stream().map(Dimension::id).toList();
        for (Dimension d : key) {
            if (d.area()) {
                hints.put(d.id(), Roles.AREA_ROLE);
            }
        }
        this.measure = measure;
        this.structure = structure;
    }

    /**
     * Reads a structure.
     *
     * @param node    the structure object
     * @param pointer its JSON pointer
     * @param source  the source name
     * @param sdmx    the options naming the time dimension and the measure
     * @return the structure
     * @throws MalformedDataException if it lacks dimensions, a time dimension or the measure
     */
    static JsonStructure of(JsonNode node, String pointer, String source, SdmxOptions sdmx)
            throws MalformedDataException {
        JsonNode dims = member(node, "dimensions");
        String dimsAt = JsonInput.child(pointer, "dimensions");
        if (dims == null || !dims.isObject()) {
            throw new MalformedDataException(JsonInput.at(source, dimsAt), "no dimensions object in the structure");
        }
        List<List<Dimension>> levels = new ArrayList<>();
        List<Dimension> all = new ArrayList<>();
        Dimension time = null;
        for (int level = 0; level < LEVELS.length; level++) {
            List<Dimension> list = new ArrayList<>();
            JsonNode array = member(dims, LEVELS[level]);
            for (int i = 0; array != null && i < array.size(); i++) {
                Dimension d = dimension(array.get(i), level, i, sdmx, source,
                        JsonInput.child(JsonInput.child(dimsAt, LEVELS[level]), i));
                list.add(d);
                all.add(d);
                if (d.time() && time == null) {
                    time = d;
                }
            }
            levels.add(List.copyOf(list));
        }
        if (time == null) {
            throw new MalformedDataException(JsonInput.at(source, dimsAt), "no time dimension: the dimensions are "
                    + all.stream().map(Dimension::id).toList() + " and none is '" + sdmx.time()
                    + "' or has the TIME_PERIOD role, so the observations have no period and cannot form a panel"
                    + " (name the time dimension with SdmxOptions.withTime)");
        }
        List<Dimension> key = new ArrayList<>(all);
        key.remove(time);
        if (key.stream().allMatch(d -> d.keyPosition() >= 0)) {
            key.sort(Comparator.comparingInt(Dimension::keyPosition));
        }
        return new JsonStructure(List.copyOf(levels), time, List.copyOf(key), measure(node, pointer, source, sdmx),
                dataflow(node));
    }

    private static Dimension dimension(JsonNode d, int level, int position, SdmxOptions sdmx, String source,
            String pointer) throws MalformedDataException {
        JsonNode id = d.get("id");
        JsonNode values = d.get("values");
        if (id == null || !id.isTextual() || values == null || !values.isArray()) {
            throw new MalformedDataException(JsonInput.at(source, pointer), "a dimension needs an 'id' and a"
                    + " 'values' array, found " + JsonInput.describe(d));
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode v : values) {
            JsonNode code = v.get("id");
            codes.add(code == null ? null : code.asText());
            JsonNode name = v.get("name");
            names.add(name != null && name.isTextual() ? name.textValue() : null);
        }
        boolean area = hasRole(d, Roles.AREA_ROLE);
        boolean time = id.textValue().equalsIgnoreCase(sdmx.time()) || hasRole(d, "TIME_PERIOD");
        JsonNode keyPosition = d.get("keyPosition");
        return new Dimension(id.textValue(), level, position, keyPosition != null && keyPosition.canConvertToInt()
                ? keyPosition.intValue() : -1, area, time, codes, names);
    }

    private static boolean hasRole(JsonNode d, String role) {
        JsonNode one = d.get("role");
        if (one != null && one.isTextual() && one.textValue().equalsIgnoreCase(role)) {
            return true;
        }
        JsonNode many = d.get("roles");
        for (int i = 0; many != null && i < many.size(); i++) {
            if (many.get(i).asText().equalsIgnoreCase(role)) {
                return true;
            }
        }
        return false;
    }

    private static int measure(JsonNode node, String pointer, String source, SdmxOptions sdmx)
            throws MalformedDataException {
        JsonNode measures = member(node, "measures");
        JsonNode list = measures == null ? null : member(measures, "observation");
        if (list == null || list.size() == 0) {
            return 0;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path("id").asText();
            if (id.equalsIgnoreCase(sdmx.measure())) {
                return i;
            }
            ids.add(id);
        }
        throw new MalformedDataException(JsonInput.at(source, JsonInput.child(pointer, "measures")), "no measure '"
                + sdmx.measure() + "' among the measures " + ids + " (see SdmxOptions.withMeasure)");
    }

    private static String dataflow(JsonNode node) {
        for (JsonNode link : node.path("links")) {
            String urn = link.path("urn").asText();
            if (link.path("rel").asText().equalsIgnoreCase("dataflow") && urn.indexOf('=') > 0) {
                return urn.substring(urn.indexOf('=') + 1);
            }
        }
        return node.path("name").isTextual() ? node.path("name").textValue() : "";
    }

    /**
     * A member of an object, its name compared without regard to case ({@code dataSet} and
     * {@code dataset} both occur).
     *
     * @param node the object
     * @param name the member name
     * @return the member, or {@code null}
     */
    static JsonNode member(JsonNode node, String name) {
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The location of a structure-level problem.
     *
     * @param source  the source
     * @param pointer the pointer
     * @return the location
     */
    static Location at(String source, String pointer) {
        return JsonInput.at(source, pointer);
    }
}
