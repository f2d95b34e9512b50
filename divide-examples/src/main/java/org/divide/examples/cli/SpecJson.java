package org.divide.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Step;
import org.divide.core.spec.Treat;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a composite-index spec from JSON for {@code divide index} and {@code divide uncertainty}.
 * divide-io has no spec reader yet, so this covers the common case only:
 *
 * <pre>{@code
 * {
 *   "framework": [
 *     {"code": "Index"},
 *     {"code": "Access", "parent": "Index", "weight": 1},
 *     {"code": "internet", "parent": "Access", "weight": 1, "direction": 1, "name": "Internet users"},
 *     {"code": "cost", "parent": "Access", "weight": 1, "direction": -1}
 *   ],
 *   "impute": "mean",          // optional: any ImputeMethod without parameters (mean, median)
 *   "treat": true,             // optional: COINr's default winsorisation / log transform
 *   "normalise": "min-max",    // optional, default min-max onto [0, 100]; or z-score, rank, ...
 *   "aggregate": "arithmetic"  // optional, default; or geometric, harmonic, median
 * }
 * }</pre>
 *
 * <p>Levels follow from the tree (indicators, the nodes without children, are at level 1); weight
 * defaults to 1, direction to 1 (higher is better), name to the code. Errors name the file and
 * the JSON position.
 */
final class SpecJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecJson() {
    }

    /**
     * Reads a spec file.
     *
     * @param path the file
     * @return the spec
     * @throws IOException if the file cannot be read or is not a valid spec
     */
    static IndexSpec read(Path path) throws IOException {
        String source = path.toString();
        JsonNode root;
        try (Reader reader = PlainCsv.open(path)) {
            root = JSON.readTree(reader);
        } catch (JsonProcessingException e) {
            throw new MalformedDataException(Location.line(source, Math.max(1, e.getLocation() == null ? 1
                    : e.getLocation().getLineNr())), "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("framework").isArray()) {
            throw bad(source, "", "a spec is an object with a \"framework\" array of nodes");
        }
        Framework framework = framework(source, root.get("framework"));
        List<Step> steps = new ArrayList<>();
        try {
            if (root.has("impute")) {
                steps.add(Impute.of(method(source, root, "impute", ImputeMethod.class)));
            }
            if (root.path("treat").asBoolean(false)) {
                steps.add(Treat.coinr());
            }
            steps.add(root.has("normalise") ? Normalise.with(Normalise.Rule.of(method(source, root, "normalise",
                    NormaliseMethod.class))) : Normalise.minMax());
            steps.add(root.has("aggregate") ? Aggregate.with(Aggregate.Rule.of(method(source, root, "aggregate",
                    AggregateMethod.class))) : Aggregate.arithmetic());
            return new IndexSpec(framework, steps);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(Location.of(source), e.getMessage(), e);
        }
    }

    private static Framework framework(String source, JsonNode nodes) throws MalformedDataException {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, JsonNode> byCode = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String code = n.path("code").asText("").strip();
            if (code.isEmpty()) {
                throw bad(source, "/framework/" + i, "a node needs a \"code\"");
            }
            if (byCode.put(code, n) != null) {
                throw bad(source, "/framework/" + i, "duplicate node code '" + code + "'");
            }
            parents.put(code, n.hasNonNull("parent") ? n.get("parent").asText().strip() : null);
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String code : parents.keySet()) {
            levels.putIfAbsent(code, 1);
            String child = code;
            for (int depth = 0; parents.get(child) != null; depth++) {
                String parent = parents.get(child);
                if (!parents.containsKey(parent) || depth > parents.size()) {
                    break; // the framework reports the unknown parent or the cycle
                }
                levels.merge(parent, levels.get(child) + 1, Math::max);
                child = parent;
            }
        }
        Framework.Builder builder = Framework.builder();
        try {
            for (Map.Entry<String, String> e : parents.entrySet()) {
                JsonNode n = byCode.get(e.getKey());
                String name = n.path("name").asText(e.getKey());
                double weight = n.path("weight").asDouble(1);
                int level = levels.get(e.getKey());
                builder.add(level == 1
                        ? Framework.Node.indicator(e.getKey(), name, e.getValue(), weight, direction(source, n))
                        : Framework.Node.aggregate(e.getKey(), name, e.getValue(), level, weight));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(Location.pointer(source, "/framework"), e.getMessage(), e);
        }
    }

    private static Direction direction(String source, JsonNode node) throws MalformedDataException {
        JsonNode d = node.path("direction");
        if (d.isMissingNode() || d.isNull()) {
            return Direction.POSITIVE;
        }
        String text = d.asText().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "positive", "+1" -> Direction.POSITIVE;
            case "-1", "negative" -> Direction.NEGATIVE;
            default -> throw bad(source, "/framework/" + node.path("code").asText() + "/direction",
                    "direction must be 1 or -1: '" + d.asText() + "'");
        };
    }

    private static <E extends Enum<E>> E method(String source, JsonNode root, String member, Class<E> type)
            throws MalformedDataException {
        String text = root.get(member).asText();
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw bad(source, "/" + member, "unknown " + member + " method '" + text + "'; use one of " + names);
        }
    }

    private static MalformedDataException bad(String source, String pointer, String reason) {
        return new MalformedDataException(Location.pointer(source, pointer), reason);
    }
}
