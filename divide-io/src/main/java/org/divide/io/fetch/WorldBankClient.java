package org.divide.io.fetch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import com.fasterxml.jackson.databind.JsonNode;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.json.JsonInput;
import org.divide.io.worldbank.WorldBankApiMetadata;
import org.divide.io.worldbank.WorldBankApiReader;

/**
 * Fetches indicators from the World Bank Indicators API v2 and reads them with
 * {@link WorldBankApiReader}. Immutable and thread-safe.
 *
 * <pre>{@code
 * WorldBankClient wb = new WorldBankClient(fetcher, WorldBankClient.DEFAULT_BASE);
 * FetchedPanel p = wb.indicators(WorldBankQuery.of("SP.POP.TOTL").withEconomies("KEN", "NOR")
 *         .withYears(2000, 2023));
 * // GET https://api.worldbank.org/v2/country/KEN;NOR/indicator/SP.POP.TOTL?format=json&per_page=20000&page=1&date=2000:2023
 * }</pre>
 *
 * <p>URLs: {@code {base}country/{economies}/indicator/{indicators}?format=json&per_page=N&page=P}
 * then {@code &date=FROM:TO} and {@code &source=S} when the query has them; economies and
 * indicators are joined by {@code ;} (kept as it is), {@code all} when no economy is named. Several
 * indicators go into one request only with a source (the API refuses them otherwise); without one,
 * each indicator is one series of requests and the panels are joined.
 *
 * <p>Paging: page 1 is fetched first; its {@code pages} says how many follow, and pages 2 to
 * {@code pages} are fetched on at most {@link #threads()} threads at once. The pages are read in
 * page order, so the panel does not depend on the number of threads. A failure of any page fails
 * the whole call: nothing half-read is returned. An error message of the API
 * ({@code [{"message": [{"id": "120", "key": "Invalid value", "value": ...}]}]}) is an
 * {@link IOException} naming the URL and the API's message.
 *
 * <p>The {@link FetchedPanel#sources()} are the responses in the order read: per series, page 1
 * to the last.
 */
public final class WorldBankClient {

    /** The API's address. */
    public static final URI DEFAULT_BASE = URI.create("https://api.worldbank.org/v2/");

    /** The pages fetched at once by default. */
    public static final int DEFAULT_THREADS = 4;

    private static final String ACCEPT = "application/json";

    private final Fetcher fetcher;
    private final URI base;
    private final int threads;
    private final ReadOptions options;

    /**
     * A client of the API at {@code base}, fetching {@link #DEFAULT_THREADS} pages at once, reading
     * with {@link ReadOptions#defaults()}.
     *
     * @param fetcher the fetcher, thread-safe
     * @param base    the API's address, such as {@link #DEFAULT_BASE}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code base} is not an absolute http(s) URL without query
     */
    public WorldBankClient(Fetcher fetcher, URI base) {
        this(Objects.requireNonNull(fetcher, "fetcher"), UrlText.base(Objects.requireNonNull(base, "base"), "base"),
                DEFAULT_THREADS, ReadOptions.defaults());
    }

    private WorldBankClient(Fetcher fetcher, URI base, int threads, ReadOptions options) {
        this.fetcher = fetcher;
        this.base = base;
        this.threads = threads;
        this.options = options;
    }

    /**
     * A copy that fetches at most {@code n} pages at once.
     *
     * @param n the number of threads, 1 to 16
     * @return the copy
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public WorldBankClient withThreads(int n) {
        if (n < 1 || n > 16) {
            throw new IllegalArgumentException("threads: " + n + " is not in 1..16");
        }
        return new WorldBankClient(fetcher, base, n, options);
    }

    /**
     * A copy that reads with other options (resolver, lenient mode, limits).
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    public WorldBankClient withReadOptions(ReadOptions newOptions) {
        return new WorldBankClient(fetcher, base, threads, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * The most pages fetched at once.
     *
     * @return the number of threads
     */
    public int threads() {
        return threads;
    }

    /**
     * The URLs of page 1 of each series of requests the query makes: one for a query with a source
     * or one indicator, else one per indicator.
     *
     * @param query the query
     * @return the URLs, in the order fetched
     */
    public List<URI> firstPages(WorldBankQuery query) {
        List<URI> urls = new ArrayList<>();
        for (List<String> series : series(query)) {
            urls.add(pageUrl(query, series, 1));
        }
        return urls;
    }

    /**
     * Fetches and reads the indicators of a query.
     *
     * @param query the query
     * @return the panel with the provenance of every page read
     * @throws IOException if a page cannot be fetched, the API answers with an error message or a
     *                     page is malformed (the message names the URL)
     */
    public FetchedPanel indicators(WorldBankQuery query) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        List<Fetched> responses = new ArrayList<>();
        for (List<String> series : series(query)) {
            List<Fetched> pages = pages(query, series);
            List<Reader> readers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try {
                for (Fetched page : pages) {
                    readers.add(Responses.text(page));
                    names.add(Responses.name(page));
                }
                results.add(WorldBankApiReader.withDefaults().withOptions(options).readPages(readers, names));
            } finally {
                for (Reader r : readers) {
                    r.close();
                }
            }
            responses.addAll(pages);
        }
        return new FetchedPanel(join(results), Responses.provenance(responses));
    }

    private static ReadResult join(List<ReadResult> results) throws IOException {
        try {
            return Responses.join(results);
        } catch (IllegalArgumentException e) {
            throw new IOException("the World Bank series do not join: " + e.getMessage(), e);
        }
    }

    /** The indicator lists of the series of requests. */
    private static List<List<String>> series(WorldBankQuery query) {
        if (query.source() != null || query.indicators().size() == 1) {
            return List.of(query.indicators());
        }
        return query.indicators().stream().map(List::of).toList();
    }

    /** Page 1, then the rest on the pool; all pages in page order. */
    private List<Fetched> pages(WorldBankQuery query, List<String> indicators) throws IOException {
        Fetched first = fetcher.fetch(new FetchRequest(pageUrl(query, indicators, 1), ACCEPT));
        int pages = pageCount(first);
        List<FetchRequest> rest = new ArrayList<>();
        for (int p = 2; p <= pages; p++) {
            rest.add(new FetchRequest(pageUrl(query, indicators, p), ACCEPT));
        }
        List<Fetched> all = new ArrayList<>();
        all.add(first);
        for (Fetched page : Responses.fetchAll(fetcher, rest, threads)) {
            pageCount(page);   // an error message on a later page fails here, naming its URL
            all.add(page);
        }
        return all;
    }

    /**
     * The {@code pages} of a page's metadata, after checking that the page is no error message.
     * A page whose metadata lacks the count is left for the reader to reject (as 1 page).
     */
    private int pageCount(Fetched page) throws IOException {
        JsonNode root;
        try (Reader text = Responses.text(page)) {
            root = JsonInput.parse(text, Responses.name(page), options.limits());
        }
        if (root.isArray() && root.size() >= 1 && root.get(0).has("message")) {
            throw new IOException(Responses.name(page) + ": World Bank API error: " + message(root.get(0)
                    .get("message")));
        }
        JsonNode pages = root.path(0).path("pages");
        String text = pages.asText("");
        return text.matches("\\d{1,6}") ? Math.max(Integer.parseInt(text), 1) : 1;
    }

    /** The API's messages as {@code id key: value}, joined by {@code "; "}. */
    private static String message(JsonNode messages) {
        List<String> parts = new ArrayList<>();
        for (JsonNode m : messages.isArray() ? messages : List.of(messages)) {
            String text = String.join(" ", List.of(m.path("id").asText(""), m.path("key").asText("")).stream()
                    .filter(s -> !s.isBlank()).toList());
            String value = m.path("value").asText("").strip();
            parts.add(value.isEmpty() ? text : text.isEmpty() ? value : text + ": " + value);
        }
        return parts.isEmpty() ? messages.toString() : String.join("; ", parts);
    }

    /**
     * Fetches the metadata of an indicator ({@code {base}indicator/{code}?format=json}), read by
     * {@link WorldBankApiMetadata#indicators}: the same indicator (name, unit, source) as in a
     * panel fetched with {@link #indicators}.
     *
     * @param code the indicator code
     * @return the indicator
     * @throws IOException if the response cannot be fetched, is an API error, or describes no
     *                     indicator (the message names the URL)
     */
    public Indicator indicatorMetadata(String code) throws IOException {
        URI url = UrlText.resolve(base, "indicator/" + UrlText.encode(UrlText.code(code, "indicator code"), "")
                + "?format=json");
        Fetched f = fetcher.fetch(new FetchRequest(url, ACCEPT));
        List<Indicator> found;
        try (Reader text = Responses.text(f)) {
            found = WorldBankApiMetadata.indicators(text, Responses.name(f));
        }
        if (found.isEmpty()) {
            throw new IOException(Responses.name(f) + ": no indicator " + code);
        }
        return found.get(0);
    }

    /**
     * Fetches the API's list of economies and aggregates
     * ({@code {base}country?format=json&per_page=1000}, one page), read by
     * {@link WorldBankApiMetadata#economies}: codes, names, ISO alpha-2 codes, regions, income groups
     * and lending types; aggregates have the kind {@code AGGREGATE}.
     *
     * @return the economies, in the API's order
     * @throws IOException if the response cannot be fetched or is an API error (the message names
     *                     the URL)
     */
    public List<Economy> countries() throws IOException {
        Fetched f = fetcher.fetch(new FetchRequest(UrlText.resolve(base, "country?format=json&per_page=1000"), ACCEPT));
        try (Reader text = Responses.text(f)) {
            return WorldBankApiMetadata.economies(text, Responses.name(f));
        }
    }

    /**
     * The URL of one page.
     *
     * @param query      the query
     * @param indicators the indicators of this series
     * @param page       the page number, from 1
     * @return the URL
     */
    URI pageUrl(WorldBankQuery query, List<String> indicators, int page) {
        StringBuilder u = new StringBuilder("country/");
        u.append(query.economies().isEmpty() ? "all" : UrlText.join(query.economies(), ';'));
        u.append("/indicator/").append(UrlText.join(indicators, ';'));
        u.append("?format=json&per_page=").append(query.perPage()).append("&page=").append(page);
        if (query.fromYear() != null) {
            u.append("&date=").append(query.fromYear()).append(':').append(query.toYear());
        }
        if (query.source() != null) {
            u.append("&source=").append(UrlText.encode(query.source(), ""));
        }
        return UrlText.resolve(base, u.toString());
    }
}
