package org.divide.io.imf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;

/**
 * What the DataMapper's metadata responses say: {@code {"indicators": {CODE: {label, unit, source,
 * description}}}}, {@code {"countries": {ISO3: {label}}}}, {@code {"regions": {...}}} and
 * {@code {"groups": {...}}}. Regions and groups are aggregates; countries give names.
 */
final class ImfMetadata {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Economy> economies = new HashMap<>();

    /**
     * Adds one metadata response.
     *
     * @param root   the parsed document
     * @param source its name in messages
     * @throws MalformedDataException if it has none of the known members
     */
    void add(JsonNode root, String source) throws MalformedDataException {
        boolean known = false;
        for (Map.Entry<String, JsonNode> e : root.path("indicators").properties()) {
            JsonNode m = e.getValue();
            indicators.put(e.getKey(), new Indicator(e.getKey(), text(m, "label", e.getKey()), text(m, "unit", ""),
                    Direction.POSITIVE, text(m, "source", "IMF DataMapper")));
            known = true;
        }
        known |= economies(root.path("countries"), Economy.Kind.CLASSIFIED);
        known |= economies(root.path("regions"), Economy.Kind.AGGREGATE);
        known |= economies(root.path("groups"), Economy.Kind.AGGREGATE);
        if (!known) {
            throw new MalformedDataException(Location.pointer(source, ""), "not a DataMapper metadata response: no "
                    + "'indicators', 'countries', 'regions' or 'groups' member");
        }
    }

    private boolean economies(JsonNode members, Economy.Kind kind) {
        boolean any = false;
        for (Map.Entry<String, JsonNode> e : members.properties()) {
            String code = e.getKey().strip();
            if (!code.isEmpty()) {
                economies.put(code.toUpperCase(Locale.ROOT), new Economy(code, text(e.getValue(), "label", code), kind,
                        null, null, null, null, null, null, null));
            }
            any = true;
        }
        return any;
    }

    /**
     * The indicator of a code, with its metadata if known.
     *
     * @param code the code
     * @return the indicator
     */
    Indicator indicator(String code) {
        Indicator known = indicators.get(code);
        return known != null ? known : new Indicator(code, code, "", Direction.POSITIVE, "IMF DataMapper");
    }

    /**
     * The economies the metadata describes, for codes the registry does not know.
     *
     * @return the resolver
     */
    EconomyResolver fallback() {
        return key -> Optional.ofNullable(economies.get(key.toUpperCase(Locale.ROOT)));
    }

    /**
     * The label of a code, if the metadata has one.
     *
     * @param code the code
     * @return the label or {@code null}
     */
    String label(String code) {
        Economy e = economies.get(code.toUpperCase(Locale.ROOT));
        return e == null ? null : e.name();
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : otherwise;
    }
}
