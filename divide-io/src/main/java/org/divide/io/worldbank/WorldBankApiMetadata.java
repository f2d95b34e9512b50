package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * Reads the metadata responses of the World Bank API v2: indicators
 * ({@code indicator/{code}?format=json}) and economies ({@code country?format=json}). Each response
 * is one page {@code [ {"page", "pages", "total", ...}, [ record, ... ] ]}, like the data pages that
 * {@link WorldBankApiReader} reads.
 *
 * <pre>{@code
 * List<Indicator> i = WorldBankApiMetadata.indicators(reader, "indicator/SP.POP.TOTL");
 * List<Economy> e = WorldBankApiMetadata.economies(reader, "country");
 * }</pre>
 *
 * <p>Indicators: code {@code id}, name {@code name}, unit {@code unit} or else the parenthesised
 * end of the name, source named as in the data pages (source 2 is "World Bank, World Development
 * Indicators"), so that they equal the indicators of a data read. Economies: code {@code id}, name
 * {@code name}, ISO alpha-2 {@code iso2Code}, region and income group with their codes (the API's
 * income ids {@code LIC}, {@code LMC}, {@code UMC}, {@code HIC} become {@code L}, {@code LM},
 * {@code UM}, {@code H}), lending type; an entry whose region is "Aggregates" is an aggregate. An
 * API error message fails with its text, as in the data reader.
 */
public final class WorldBankApiMetadata {

    private static final Map<String, String> INCOME = Map.of("LIC", "L", "LMC", "LM", "UMC", "UM", "HIC", "H");

    private WorldBankApiMetadata() {
    }

    /**
     * Reads an indicator metadata response.
     *
     * @param text   the response (not closed)
     * @param source its name in messages
     * @return the indicators, in response order
     * @throws MalformedDataException if the response is an API error or not an indicator page
     * @throws IOException            if it cannot be read
     */
    public static List<Indicator> indicators(Reader text, String source) throws IOException {
        List<Indicator> out = new ArrayList<>();
        JsonNode records = records(text, source);
        for (int k = 0; k < records.size(); k++) {
            JsonNode r = records.get(k);
            String code = r.path("id").asText("").strip();
            if (code.isEmpty()) {
                throw new MalformedDataException(Location.pointer(source, "/1/" + k + "/id"), "no indicator id");
            }
            JsonNode sourceId = r.path("source").path("id");
            Indicator made = WdiIndicators.of(code, r.path("name").asText(null), WdiIndicators.apiSource(
                    sourceId.isMissingNode() || sourceId.isNull() ? null : sourceId.asText()));
            String unit = r.path("unit").asText("").strip();
            out.add(unit.isEmpty() ? made : new Indicator(made.code(), made.name(), unit, made.direction(),
                    made.source()));
        }
        return out;
    }

    /**
     * Reads a country metadata response.
     *
     * @param text   the response (not closed)
     * @param source its name in messages
     * @return the economies and aggregates, in response order
     * @throws MalformedDataException if the response is an API error or not a country page
     * @throws IOException            if it cannot be read
     */
    public static List<Economy> economies(Reader text, String source) throws IOException {
        List<Economy> out = new ArrayList<>();
        JsonNode records = records(text, source);
        for (int k = 0; k < records.size(); k++) {
            JsonNode r = records.get(k);
            String code = r.path("id").asText("").strip();
            String name = r.path("name").asText("").strip();
            String region = text(r.path("region").path("value"));
            boolean aggregate = "Aggregates".equalsIgnoreCase(region);
            String incomeId = text(r.path("incomeLevel").path("id"));
            try {
                out.add(new Economy(code, name.isEmpty() ? code : name,
                        aggregate ? Economy.Kind.AGGREGATE : Economy.Kind.CLASSIFIED, text(r.path("iso2Code")), null,
                        aggregate ? null : region, aggregate ? null : text(r.path("region").path("id")),
                        aggregate ? null : text(r.path("incomeLevel").path("value")),
                        incomeId == null ? null : INCOME.get(incomeId),
                        aggregate ? null : text(r.path("lendingType").path("value"))));
            } catch (IllegalArgumentException e) {
                throw new MalformedDataException(Location.pointer(source, "/1/" + k + "/id"), e.getMessage(), e);
            }
        }
        return out;
    }

    /** The records of a one-page response, after the checks for an error message and the shape. */
    private static JsonNode records(Reader text, String source) throws IOException {
        JsonNode root = JsonInput.parse(text, source);
        if (root.isArray() && root.size() >= 1 && root.get(0).has("message")) {
            throw new MalformedDataException(Location.pointer(source, "/0/message"), "World Bank API error: "
                    + root.get(0).get("message"));
        }
        if (!root.isArray() || root.size() != 2 || !root.get(0).isObject() || !root.get(1).isArray()) {
            throw new MalformedDataException(Location.pointer(source, ""), "expected a World Bank API page "
                    + "[ {page, pages, total, ...}, [records] ], found " + JsonInput.describe(root));
        }
        return root.get(1);
    }

    /** A stripped text, or {@code null} for a missing, null or blank node. */
    private static String text(JsonNode node) {
        String s = node.isMissingNode() || node.isNull() ? "" : node.asText("").strip();
        return s.isEmpty() ? null : s;
    }
}
