package org.divide.io.worldbank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.divide.core.Indicator;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Values;
import org.divide.io.json.JsonInput;

/** Checks that parsed World Bank API pages belong together and reads their records. */
final class WorldBankPages {

    private WorldBankPages() {
    }

    /** One parsed page. */
    private record Page(String name, int number, int pages, long total, String sourceId, JsonNode records) {
    }

    static ReadResult read(List<JsonNode> roots, List<String> names, ReadOptions options)
            throws MalformedDataException {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("no pages to read");
        }
        TreeMap<Integer, Page> byNumber = new TreeMap<>();
        for (int i = 0; i < roots.size(); i++) {
            Page page = page(roots.get(i), names.get(i));
            Page first = byNumber.isEmpty() ? page : byNumber.firstEntry().getValue();
            if (page.pages() != first.pages() || page.total() != first.total()) {
                throw new MalformedDataException(Location.pointer(page.name(), "/0"), "page " + page.number() + " of "
                        + page.pages() + " (total " + page.total() + ") does not belong with " + first.name()
                        + ", page " + first.number() + " of " + first.pages() + " (total " + first.total() + ")");
            }
            Page same = byNumber.put(page.number(), page);
            if (same != null) {
                throw new MalformedDataException(Location.pointer(page.name(), "/0/page"), "page " + page.number()
                        + " is given twice (also " + same.name() + ")");
            }
        }
        Page first = byNumber.firstEntry().getValue();
        long records = 0;
        for (int n = 1; n <= Math.max(first.pages(), 1); n++) {
            if (!byNumber.containsKey(n)) {
                throw new MalformedDataException(Location.of(first.name()), "page " + n + " of " + first.pages()
                        + " is missing (pages given: " + byNumber.keySet() + ")");
            }
            records += byNumber.get(n).records().size();
        }
        if (byNumber.lastKey() > Math.max(first.pages(), 1)) {
            Page extra = byNumber.lastEntry().getValue();
            throw new MalformedDataException(Location.pointer(extra.name(), "/0/page"), "page " + extra.number()
                    + " is beyond the " + first.pages() + " pages of the query");
        }
        if (records != first.total()) {
            throw new MalformedDataException(Location.pointer(first.name(), "/0/total"), "the pages hold " + records
                    + " records but total says " + first.total() + " (truncated or mixed responses?)");
        }
        List<Page> pages = new ArrayList<>(byNumber.values());
        PanelCollector c = PanelCollector.create(names.get(0), options, position -> Location.pointer(
                pages.get((int) (position >>> 32)).name(), "/1/" + (int) position));
        Map<String, Integer> indicators = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            readRecords(pages.get(p), (long) p << 32, c, indicators);
        }
        return c.finish();
    }

    private static void readRecords(Page page, long base, PanelCollector c, Map<String, Integer> indicators)
            throws MalformedDataException {
        String source = WdiIndicators.apiSource(page.sourceId());
        JsonNode records = page.records();
        for (int k = 0; k < records.size(); k++) {
            JsonNode r = records.get(k);
            String at = "/1/" + k;
            String field = "";
            try {
                if (!r.isObject()) {
                    throw new IllegalArgumentException("expected a record object, found " + JsonInput.describe(r));
                }
                field = "/indicator/id";
                String code = r.path("indicator").path("id").asText("").strip();
                Integer indicator = indicators.get(code);
                if (indicator == null) {
                    Indicator made = WdiIndicators.of(code, r.path("indicator").path("value").asText(null), source);
                    String unit = r.path("unit").asText("").strip();
                    if (!unit.isEmpty()) {
                        made = new Indicator(made.code(), made.name(), unit, made.direction(), made.source());
                    }
                    indicator = c.indicator(made);
                    indicators.put(code, indicator);
                }
                String iso3 = r.path("countryiso3code").asText("").strip();
                field = iso3.isEmpty() ? "/country/id" : "/countryiso3code";
                String key = iso3.isEmpty() ? r.path("country").path("id").asText("") : iso3;
                int economy = c.economy(key, r.path("country").path("value").asText(null), base | k);
                field = "/date";
                int year = Values.year(r.path("date").asText(""));
                field = "/value";
                double value = JsonInput.number(r.get("value"), c.options());
                field = "";
                c.put(economy, indicator, year, value, base | k);
            } catch (IllegalArgumentException e) {
                c.skip(Location.pointer(page.name(), at + field), e);
            }
        }
    }

    private static Page page(JsonNode root, String name) throws MalformedDataException {
        if (root.isArray() && root.size() >= 1 && root.get(0).has("message")) {
            throw new MalformedDataException(Location.pointer(name, "/0/message"), "World Bank API error: "
                    + root.get(0).get("message"));
        }
        if (!root.isArray() || root.size() != 2 || !root.get(0).isObject()) {
            throw new MalformedDataException(Location.pointer(name, ""), "expected a World Bank API page "
                    + "[ {page, pages, total, ...}, [records] ], found " + (root.isArray() ? "an array of "
                    + root.size() + " elements" : JsonInput.describe(root)));
        }
        JsonNode meta = root.get(0);
        JsonNode records = root.get(1);
        if (!records.isArray() && !records.isNull()) {
            throw new MalformedDataException(Location.pointer(name, "/1"), "expected the array of records, found "
                    + JsonInput.describe(records));
        }
        JsonNode sourceId = meta.get("sourceid");
        return new Page(name, (int) count(meta, "page", name), (int) count(meta, "pages", name),
                count(meta, "total", name), sourceId == null || sourceId.isNull() ? null : sourceId.asText(),
                records.isNull() ? JsonNodeFactory.instance.arrayNode() : records);
    }

    /** A non-negative integer of the page metadata, given as a number or a numeric string. */
    private static long count(JsonNode meta, String field, String name) throws MalformedDataException {
        JsonNode node = meta.get(field);
        String text = node == null ? "" : node.asText("");
        if (node != null && (node.isIntegralNumber() || node.isTextual()) && text.matches("\\d{1,12}")) {
            return Long.parseLong(text);
        }
        throw new MalformedDataException(Location.pointer(name, "/0/" + field), "expected a page count, found "
                + JsonInput.describe(node));
    }
}
