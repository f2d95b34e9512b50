package org.divide.io.sdmx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.json.JsonInput;

/**
 * Reads an SDMX-JSON 1.0 or 2.x data message (already parsed into a tree by {@link JsonInput})
 * into a {@link SeriesCollector}: every data set, in the series or the flat layout.
 *
 * <p>Positions given to the collector pack the data set, the series ordinal and the observation
 * ordinal into a {@code long}; {@link #locate(long)} turns one back into a JSON pointer.
 */
final class SdmxJsonParser {

    private static final int BITS = 28;
    private static final long MASK = (1L << BITS) - 1;

    private final String source;
    private final String base;
    private final JsonNode dataSets;

    private SdmxJsonParser(String source, String base, JsonNode dataSets) {
        this.source = source;
        this.base = base;
        this.dataSets = dataSets;
    }

    static ReadResult read(JsonNode root, String source, SdmxOptions sdmx, ReadOptions options)
            throws MalformedDataException {
        JsonNode data = root.get("data");
        boolean wrapped = data != null && data.isObject();
        JsonNode message = wrapped ? data : root;
        String base = wrapped ? "/data" : "";
        JsonNode dataSets = message.get("dataSets");
        if (dataSets == null || !dataSets.isArray()) {
            throw new MalformedDataException(JsonInput.at(source, base), "not an SDMX-JSON data message: no"
                    + " 'dataSets' array" + (root.has("errors") ? "; errors: " + root.get("errors") : ""));
        }
        List<JsonNode> structures = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        JsonNode many = message.get("structures");
        if (many != null && many.isArray()) {
            for (int i = 0; i < many.size(); i++) {
                structures.add(many.get(i));
                pointers.add(base + "/structures/" + i);
            }
        } else if (message.has("structure") && message.get("structure").isObject()) {
            structures.add(message.get("structure"));
            pointers.add(base + "/structure");
        } else {
            throw new MalformedDataException(JsonInput.at(source, base), "not an SDMX-JSON data message: no"
                    + " 'structure' object (1.0) or 'structures' array (2.x)");
        }
        SdmxJsonParser reader = new SdmxJsonParser(source, base, dataSets);
        SeriesCollector c = new SeriesCollector(source, sdmx, options, reader::locate);
        JsonStructure[] parsed = new JsonStructure[structures.size()];
        JsonStructure first = null;
        for (int i = 0; i < dataSets.size(); i++) {
            JsonNode ds = dataSets.get(i);
            JsonNode index = ds.get("structure");
            int s = index == null ? 0 : index.asInt(-1);
            if (s < 0 || s >= parsed.length) {
                throw new MalformedDataException(JsonInput.at(source, base + "/dataSets/" + i + "/structure"),
                        "data set refers to structure " + index + ", but the message has " + parsed.length);
            }
            if (parsed[s] == null) {
                parsed[s] = JsonStructure.of(structures.get(s), pointers.get(s), source, sdmx);
            }
            first = first == null ? parsed[s] : first;
            reader.dataSet(i, ds, parsed[s], c);
        }
        return c.finish(first == null ? "" : first.structure, first == null ? sdmx.time() : first.time.id());
    }

    private void dataSet(int index, JsonNode ds, JsonStructure st, SeriesCollector c) throws MalformedDataException {
        Key key = new Key(st);
        for (JsonStructure.Dimension d : st.levels.get(JsonStructure.DATASET)) {
            if (d.codes().size() != 1) {
                throw new MalformedDataException(locate(pack(index, 0, MASK)), "dimension " + d.id()
                        + " is at the data-set level but has " + d.codes().size() + " values, not one");
            }
            try {
                key.set(d, 0);
            } catch (IllegalArgumentException ex) {
                throw new MalformedDataException(locate(pack(index, 0, MASK)), ex.getMessage(), ex);
            }
        }
        long dsAt = pack(index, 0, 0);
        JsonNode series = ds.get("series");
        if (series != null && series.isObject()) {
            long so = 0;
            for (Map.Entry<String, JsonNode> e : series.properties()) {
                long at = dsAt | so << BITS;
                try {
                    key.parse(e.getKey(), JsonStructure.SERIES);
                } catch (IllegalArgumentException ex) {
                    c.skip(locate(at | MASK), ex);
                    so++;
                    continue;
                }
                observations(e.getValue().get("observations"), key, c, at);
                so++;
            }
        } else {
            observations(ds.get("observations"), key, c, dsAt);
        }
    }

    private void observations(JsonNode observations, Key key, SeriesCollector c, long at)
            throws MalformedDataException {
        if (observations == null || !observations.isObject()) {
            return;
        }
        ReadOptions options = c.options();
        long o = 0;
        for (Map.Entry<String, JsonNode> e : observations.properties()) {
            long position = at | o++;
            try {
                key.parse(e.getKey(), JsonStructure.OBSERVATION);
                JsonNode array = e.getValue();
                if (!array.isArray()) {
                    throw new IllegalArgumentException("an observation is an array [value, attributes...], found "
                            + JsonInput.describe(array));
                }
                double value = JsonInput.number(array.get(key.st.measure), options);
                SeriesCollector.Series s = c.series(key.st.keyIds, key.values, key.names, null, key.st.hints,
                        position);
                if (s != null) {
                    c.put(s, Period.parse(key.period()), value, position);
                }
            } catch (IllegalArgumentException ex) {
                c.skip(locate(position), ex);
            }
        }
    }

    private static long pack(long dataSet, long series, long observation) {
        return dataSet << (2 * BITS) | series << BITS | observation;
    }

    /**
     * The JSON pointer of a position.
     *
     * @param position the packed data set, series and observation ordinals
     * @return the location
     */
    Location locate(long position) {
        int index = (int) (position >>> (2 * BITS));
        long so = position >>> BITS & MASK;
        long oo = position & MASK;
        String pointer = base + "/dataSets/" + index;
        JsonNode node = dataSets.get(index);
        JsonNode series = node == null ? null : node.get("series");
        if (series != null && series.isObject()) {
            String name = nth(series, so);
            pointer = JsonInput.child(pointer + "/series", name);
            node = series.get(name);
        }
        if (oo != MASK && node != null && node.get("observations") != null) {
            pointer = JsonInput.child(pointer + "/observations", nth(node.get("observations"), oo));
        }
        return JsonInput.at(source, pointer);
    }

    private static String nth(JsonNode object, long n) {
        Iterator<String> names = object.fieldNames();
        for (long i = 0; i < n && names.hasNext(); i++) {
            names.next();
        }
        return names.hasNext() ? names.next() : "?";
    }

    /** The values of every dimension for the current observation. */
    private static final class Key {
        final JsonStructure st;
        final String[] values;
        final String[] names;
        /** Per level and position: the slot in the series key, or -1 for the time dimension. */
        final int[][] slots;
        String period;

        Key(JsonStructure st) {
            this.st = st;
            this.values = new String[st.key.size()];
            this.names = new String[st.key.size()];
            this.slots = new int[3][];
            for (int level = 0; level < 3; level++) {
                List<JsonStructure.Dimension> dims = st.levels.get(level);
                slots[level] = new int[dims.size()];
                for (int i = 0; i < dims.size(); i++) {
                    slots[level][i] = st.key.indexOf(dims.get(i));
                }
            }
        }

        void set(JsonStructure.Dimension d, int index) {
            if (index < 0 || index >= d.codes().size()) {
                throw new IllegalArgumentException("dimension " + d.id() + " has no value " + index + " (it has "
                        + d.codes().size() + ")");
            }
            String code = d.codes().get(index);
            if (code == null) {
                throw new IllegalArgumentException("value " + index + " of dimension " + d.id() + " has no id");
            }
            int slot = slots[d.level()][d.position()];
            if (slot < 0) {
                period = code;
            } else {
                values[slot] = code;
                names[slot] = d.names().get(index);
            }
        }

        void parse(String key, int level) {
            List<JsonStructure.Dimension> dims = st.levels.get(level);
            if (dims.isEmpty()) {
                if (!key.isEmpty()) {
                    throw new IllegalArgumentException("key '" + key + "' for a level without dimensions");
                }
                return;
            }
            String[] parts = key.split(":", -1);
            if (parts.length != dims.size()) {
                throw new IllegalArgumentException("key '" + key + "' has " + parts.length + " positions but "
                        + dims.size() + " dimensions are at this level: " + dims.stream().map(
                                JsonStructure.Dimension::id).toList());
            }
            for (int i = 0; i < parts.length; i++) {
                int index;
                try {
                    index = Integer.parseInt(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("key '" + key + "': '" + parts[i] + "' is not a value index",
                            e);
                }
                set(dims.get(i), index);
            }
        }

        String period() {
            if (period == null) {
                throw new IllegalArgumentException("no value of the time dimension " + st.time.id());
            }
            return period;
        }
    }
}
