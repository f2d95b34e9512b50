package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * World Bank API v2 JSON ({@code api.worldbank.org/v2/country/.../indicator/...?format=json}):
 * each page is {@code [ {"page", "pages", "per_page", "total", ...}, [ record, ... ] ]} with
 * records {@code {"indicator": {"id", "value"}, "country": {"id", "value"}, "countryiso3code",
 * "date", "value", "unit", "obs_status", "decimal"}}. Several pages of one query are joined.
 *
 * <pre>{@code
 * ReadResult r = WorldBankApiJson.read(Path.of("page1.json"), Path.of("page2.json"));
 * }</pre>
 *
 * <p>Rules: the economy is {@code countryiso3code}, or {@code country.id} where that is empty
 * (some aggregates); its name is {@code country.value}. The year is {@code date}, which must be a
 * calendar year (monthly and quarterly queries are rejected). A {@code null} value is missing. The
 * indicator's name is {@code indicator.value}, its unit the record's {@code unit} or else the
 * parenthesised end of the name. Pages must belong together: the same {@code pages} and
 * {@code total}, each page number once, every page present, and as many records as {@code total}
 * says; otherwise the read fails naming the missing or extra page. An API error message
 * ({@code [{"message": [...]}]}) fails with its text; an empty result ({@code total} 0, with
 * {@code []} or {@code null} records) gives an empty panel. Positions in messages are JSON
 * pointers such as {@code page2.json at /1/17/value}.
 */
public final class WorldBankApiJson {

    private WorldBankApiJson() {
    }

    /**
     * Reads and joins the pages of one query.
     *
     * @param pages the page files, in any order
     * @return the panels and the report
     * @throws MalformedDataException if a page is malformed or the pages do not belong together
     * @throws IOException            if a file cannot be read
     */
    public static ReadResult read(Path... pages) throws IOException {
        return read(Arrays.asList(pages), ReadOptions.defaults());
    }

    /**
     * Reads and joins the pages of one query with options.
     *
     * @param pages   the page files, in any order, at least one
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if a page is malformed (strict mode) or the pages do not
     *                                belong together
     * @throws IOException            if a file cannot be read
     */
    public static ReadResult read(List<Path> pages, ReadOptions options) throws IOException {
        List<JsonNode> roots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path page : pages) {
            names.add(Sources.name(page));
            roots.add(JsonInput.parse(page));
        }
        return WorldBankPages.read(roots, names, options);
    }

    /**
     * Reads and joins pages given as text (readers not closed), for responses fetched over HTTP.
     *
     * @param pages   the pages' text, at least one
     * @param names   the pages' names in messages, one per page
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if a page is malformed (strict mode) or the pages do not
     *                                belong together
     * @throws IOException            if a reader fails
     * @throws IllegalArgumentException if the lists differ in length
     */
    public static ReadResult read(List<? extends Reader> pages, List<String> names, ReadOptions options)
            throws IOException {
        if (pages.size() != names.size()) {
            throw new IllegalArgumentException(pages.size() + " pages but " + names.size() + " names");
        }
        List<JsonNode> roots = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            roots.add(JsonInput.parse(Sources.skipBom(Sources.nonClosing(pages.get(i))), names.get(i)));
        }
        return WorldBankPages.read(roots, names, options);
    }
}
