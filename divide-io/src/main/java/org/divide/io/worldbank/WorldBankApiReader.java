package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * World Bank API v2 JSON ({@code api.worldbank.org/v2/country/.../indicator/...?format=json}):
 * each page is {@code [ {"page", "pages", "per_page", "total", ...}, [ record, ... ] ]} with
 * records {@code {"indicator": {"id", "value"}, "country": {"id", "value"}, "countryiso3code",
 * "date", "value", "unit", "obs_status", "decimal"}}. Several pages of one query are joined
 * ({@link #readPages(List)}). Immutable.
 *
 * <pre>{@code
 * WorldBankApiReader api = WorldBankApiReader.withDefaults();
 * ReadResult one = api.read(Path.of("page1.json"));                                 // a one-page result
 * ReadResult r = api.readPages(List.of(Path.of("page1.json"), Path.of("page2.json")));  // any order
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
public final class WorldBankApiReader implements TextFormatReader<WorldBankApiReader> {

    private static final WorldBankApiReader DEFAULTS = new WorldBankApiReader(ReadOptions.defaults());

    private final ReadOptions options;

    private WorldBankApiReader(ReadOptions options) {
        this.options = options;
    }

    /**
     * The reader with the default options.
     *
     * @return the reader
     */
    public static WorldBankApiReader withDefaults() {
        return DEFAULTS;
    }

    @Override
    public WorldBankApiReader withOptions(ReadOptions newOptions) {
        return new WorldBankApiReader(Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The text is one page, which must be the whole result ({@code pages} 1).
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        return readPages(List.of(reader), List.of(source));
    }

    /**
     * Reads the pages of one query, in any order.
     *
     * @param pages the page files
     * @return the panels and the report
     * @throws MalformedDataException if a page is malformed or the pages do not belong together
     * @throws IOException            if a page cannot be read
     */
    public ReadResult readPages(List<Path> pages) throws IOException {
        List<JsonNode> roots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path page : pages) {
            names.add(Sources.name(page));
            roots.add(JsonInput.parse(page, options.limits()));
        }
        return WorldBankPages.read(roots, names, options);
    }

    /**
     * Reads the pages of one query from readers (not closed), in any order.
     *
     * @param pages the pages' texts
     * @param names their names in messages, in the same order
     * @return the panels and the report
     * @throws MalformedDataException   if a page is malformed or the pages do not belong together
     * @throws IOException              if a page cannot be read
     * @throws IllegalArgumentException if the lists differ in length
     */
    public ReadResult readPages(List<? extends Reader> pages, List<String> names) throws IOException {
        if (pages.size() != names.size()) {
            throw new IllegalArgumentException(pages.size() + " pages but " + names.size() + " names");
        }
        List<JsonNode> roots = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            roots.add(JsonInput.parse(pages.get(i), names.get(i), options.limits()));
        }
        return WorldBankPages.read(roots, names, options);
    }
}
