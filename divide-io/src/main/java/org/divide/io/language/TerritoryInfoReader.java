package org.divide.io.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * Reads Unicode CLDR's {@code territoryInfo.json} (the {@code cldr-json} layout):
 *
 * <pre>
 * {"supplemental": {"version": {"_cldrVersion": "47"},
 *   "territoryInfo": {"AD": {"_population": "85370",
 *     "languagePopulation": {"ca": {"_populationPercent": "51", "_officialStatus": "official"}}}}}}
 * </pre>
 *
 * <p>Numbers may be JSON numbers or strings (CLDR writes strings). A territory without
 * {@code _population} is listed in {@link TerritoryInfo#withoutPopulation()}, not dropped silently;
 * one without {@code languagePopulation} has no languages. Errors ({@link MalformedDataException})
 * are located by the JSON pointer of the value: {@code territoryInfo.json at
 * /supplemental/territoryInfo/AD/_population: 'many' is not a number}; a population that is
 * negative, a percentage outside [0, 100], a missing {@code /supplemental/territoryInfo} object.
 * Syntax errors carry the parser's line and column (see {@link JsonInput}).
 */
public final class TerritoryInfoReader {

    private static final String ROOT = "/supplemental/territoryInfo";

    private TerritoryInfoReader() {
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param path the file
     * @return the territories
     * @throws MalformedDataException on malformed JSON or bad content, located by line or JSON pointer
     * @throws IOException            if the file cannot be read
     */
    public static TerritoryInfo read(Path path) throws IOException {
        return read(JsonInput.parse(path), Sources.name(path));
    }

    /**
     * Reads from a reader (not closed).
     *
     * @param reader the text
     * @param source the name used in messages
     * @return the territories
     * @throws MalformedDataException on malformed JSON or bad content, located by line or JSON pointer
     * @throws IOException            if reading fails
     */
    public static TerritoryInfo read(Reader reader, String source) throws IOException {
        return read(JsonInput.parse(reader, source), source);
    }

    private static TerritoryInfo read(JsonNode root, String source) throws MalformedDataException {
        JsonNode info = root.at(ROOT);
        if (!info.isObject()) {
            throw new MalformedDataException(JsonInput.at(source, ROOT), "no territoryInfo object (is this CLDR's"
                    + " supplemental/territoryInfo.json?)");
        }
        JsonNode version = root.at("/supplemental/version/_cldrVersion");
        List<Territory> territories = new ArrayList<>();
        List<String> withoutPopulation = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : info.properties()) {
            String at = JsonInput.child(ROOT, e.getKey());
            JsonNode t = e.getValue();
            if (!t.isObject()) {
                throw new MalformedDataException(JsonInput.at(source, at), JsonInput.describe(t), "is not an object",
                        null);
            }
            if (!t.has("_population")) {
                withoutPopulation.add(e.getKey());
                continue;
            }
            double population = number(t.get("_population"), source, JsonInput.child(at, "_population"));
            if (population < 0) {
                throw new MalformedDataException(JsonInput.at(source, JsonInput.child(at, "_population")),
                        t.get("_population").asText(), "is negative", null);
            }
            territories.add(new Territory(e.getKey(), population, languages(t.path("languagePopulation"), source,
                    JsonInput.child(at, "languagePopulation"))));
        }
        return new TerritoryInfo(version.isTextual() ? version.textValue() : null, territories, withoutPopulation);
    }

    private static List<LanguageShare> languages(JsonNode node, String source, String at)
            throws MalformedDataException {
        List<LanguageShare> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            throw new MalformedDataException(JsonInput.at(source, at), JsonInput.describe(node), "is not an object",
                    null);
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String here = JsonInput.child(at, e.getKey());
            String pointer = JsonInput.child(here, "_populationPercent");
            JsonNode value = e.getValue().get("_populationPercent");
            if (value == null) {
                throw new MalformedDataException(JsonInput.at(source, pointer), "missing: every language needs"
                        + " the percentage of the population that speaks it");
            }
            double percent = number(value, source, pointer);
            if (!(percent >= 0 && percent <= 100)) {
                throw new MalformedDataException(JsonInput.at(source, pointer), value.asText(),
                        "is not a percentage in [0, 100]", null);
            }
            JsonNode status = e.getValue().get("_officialStatus");
            out.add(new LanguageShare(e.getKey(), percent, status != null && status.isTextual() ? status.textValue()
                    : null));
        }
        return out;
    }

    private static double number(JsonNode node, String source, String pointer) throws MalformedDataException {
        double v;
        try {
            v = JsonInput.number(node, org.divide.io.ReadOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw MalformedDataException.of(JsonInput.at(source, pointer), e);
        }
        if (Double.isNaN(v)) {
            throw new MalformedDataException(JsonInput.at(source, pointer), node.asText(), "is not a number", null);
        }
        return v;
    }
}
