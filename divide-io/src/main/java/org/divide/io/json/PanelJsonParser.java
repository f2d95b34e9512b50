package org.divide.io.json;

import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.internal.Values;

/** Reads the document that {@link PanelJson} writes. */
final class PanelJsonParser {

    private final String source;
    private final Panel.Builder builder = Panel.builder();
    private final Map<String, Economy> economies = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    /** The first value of a cell and where it was. */
    private record Seen(double value, String pointer) {
    }

    private PanelJsonParser(String source) {
        this.source = source;
    }

    static Panel read(JsonNode root, String source) throws MalformedDataException {
        return new PanelJsonParser(source).read(root);
    }

    private Panel read(JsonNode root) throws MalformedDataException {
        if (!root.isObject()) {
            throw fail("", "expected a panel document (an object), found " + JsonInput.describe(root));
        }
        if (!PanelJson.FORMAT.equals(root.path("format").asText(null))) {
            throw fail("/format", "expected \"" + PanelJson.FORMAT + "\", found "
                    + JsonInput.describe(root.get("format")));
        }
        if (!root.path("version").canConvertToInt() || root.path("version").asInt() != PanelJson.VERSION) {
            throw fail("/version", "unsupported version " + JsonInput.describe(root.get("version"))
                    + " (this library reads " + PanelJson.VERSION + ")");
        }
        JsonNode list = array(root, "economies");
        for (int k = 0; k < list.size(); k++) {
            economy(list.get(k), "/economies/" + k);
        }
        list = array(root, "indicators");
        for (int k = 0; k < list.size(); k++) {
            indicator(list.get(k), "/indicators/" + k);
        }
        list = array(root, "years");
        for (int k = 0; k < list.size(); k++) {
            JsonNode y = list.get(k);
            try {
                builder.addYear(year(y));
            } catch (IllegalArgumentException e) {
                throw fail("/years/" + k, e.getMessage());
            }
        }
        list = array(root, "values");
        Map<String, Seen> seen = new HashMap<>();
        for (int k = 0; k < list.size(); k++) {
            value(list.get(k), "/values/" + k, seen);
        }
        return builder.build();
    }

    private void economy(JsonNode e, String at) throws MalformedDataException {
        try {
            String kind = text(e, "kind", Economy.Kind.CLASSIFIED.name());
            Economy economy = new Economy(required(e, "code"), required(e, "name"),
                    Economy.Kind.valueOf(kind), text(e, "iso2", null), text(e, "isoNumeric", null),
                    text(e, "region", null), text(e, "regionCode", null), text(e, "incomeGroup", null),
                    text(e, "incomeCode", null), text(e, "lendingCategory", null));
            builder.addEconomy(economy);
            economies.put(economy.code(), economy);
        } catch (IllegalArgumentException ex) {
            throw fail(at, ex.getMessage());
        }
    }

    private void indicator(JsonNode i, String at) throws MalformedDataException {
        try {
            String code = required(i, "code");
            Indicator indicator = new Indicator(code, text(i, "name", code), text(i, "unit", ""),
                    Direction.valueOf(text(i, "direction", Direction.POSITIVE.name())), text(i, "source", ""));
            builder.addIndicator(indicator);
            indicators.put(code, indicator);
        } catch (IllegalArgumentException ex) {
            throw fail(at, ex.getMessage());
        }
    }

    private void value(JsonNode v, String at, Map<String, Seen> seen) throws MalformedDataException {
        String field = "";
        try {
            field = "/economy";
            Economy economy = economies.get(required(v, "economy"));
            if (economy == null) {
                throw new IllegalArgumentException("economy " + v.get("economy") + " is not among the economies");
            }
            field = "/indicator";
            Indicator indicator = indicators.get(required(v, "indicator"));
            if (indicator == null) {
                throw new IllegalArgumentException("indicator " + v.get("indicator")
                        + " is not among the indicators");
            }
            field = "/year";
            int year = year(v.get("year"));
            field = "/value";
            double value = JsonInput.number(v.get("value"), ReadOptions.defaults());
            String key = economy.code() + '\u0000' + indicator.code() + '\u0000' + year;
            Seen first = seen.putIfAbsent(key, new Seen(value, at));
            if (first != null && !Double.isNaN(first.value()) && !Double.isNaN(value)
                    && Double.compare(first.value(), value) != 0) {
                field = "";
                throw new IllegalArgumentException("conflicting duplicate for (" + economy.code() + ", "
                        + indicator.code() + ", " + year + "): " + Values.format(value) + " here, "
                        + Values.format(first.value()) + " at " + JsonInput.at(source, first.pointer()));
            }
            if (first != null && Double.isNaN(first.value())) {
                seen.put(key, new Seen(value, at));
            }
            builder.put(economy, indicator, year, value);
        } catch (IllegalArgumentException ex) {
            throw fail(at + field, ex.getMessage());
        }
    }

    private static int year(JsonNode y) {
        if (y == null || !y.isIntegralNumber()) {
            throw new IllegalArgumentException("expected an integer year, found " + JsonInput.describe(y));
        }
        return Values.year(y.asText());
    }

    private JsonNode array(JsonNode root, String member) throws MalformedDataException {
        JsonNode node = root.get(member);
        if (node == null || !node.isArray()) {
            throw fail("/" + member, "expected an array, found " + JsonInput.describe(node));
        }
        return node;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field, null);
        if (value == null) {
            throw new IllegalArgumentException("missing member '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected an object, found " + JsonInput.describe(node));
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("member '" + field + "' must be a string, found "
                    + JsonInput.describe(value));
        }
        return value.textValue();
    }

    private MalformedDataException fail(String pointer, String reason) {
        return new MalformedDataException(JsonInput.at(source, pointer), reason);
    }
}
