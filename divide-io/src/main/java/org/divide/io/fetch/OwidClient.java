package org.divide.io.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.owid.OwidCsvReader;

/**
 * Fetches Our World in Data charts (grapher CSV and its metadata) and reads them with
 * {@link OwidCsvReader}. Immutable and thread-safe.
 *
 * <pre>{@code
 * OwidClient owid = new OwidClient(fetcher, OwidClient.DEFAULT_BASE);
 * FetchedPanel p = owid.chart("share-of-population-that-cannot-afford-a-healthy-diet");
 * // GET https://ourworldindata.org/grapher/share-of-population-that-cannot-afford-a-healthy-diet.metadata.json?v=1&csvType=full&useColumnShortNames=false
 * // GET https://ourworldindata.org/grapher/share-of-population-that-cannot-afford-a-healthy-diet.csv?v=1&csvType=full&useColumnShortNames=false
 * }</pre>
 *
 * <p>URLs: {@code {base}{slug}.metadata.json} and {@code {base}{slug}.csv}, each with
 * {@link #QUERY}: the full table (every entity and year, not the chart's selection) with the long
 * column names, which are the keys of the metadata's {@code columns}. The metadata gives each
 * indicator its short name as code, its long title, unit and source, as when the two files are
 * read from disk. The {@link FetchedPanel#sources()} are the metadata, then the CSV.
 */
public final class OwidClient {

    /** The grapher's address. */
    public static final URI DEFAULT_BASE = URI.create("https://ourworldindata.org/grapher/");

    /** The query of both requests. */
    public static final String QUERY = "v=1&csvType=full&useColumnShortNames=false";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Fetcher fetcher;
    private final URI base;
    private final ReadOptions options;

    /**
     * A client of the grapher at {@code base}, reading with {@link ReadOptions#defaults()}.
     *
     * @param fetcher the fetcher, thread-safe
     * @param base    the grapher's address, such as {@link #DEFAULT_BASE}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code base} is not an absolute http(s) URL without query
     */
    public OwidClient(Fetcher fetcher, URI base) {
        this(Objects.requireNonNull(fetcher, "fetcher"), UrlText.base(Objects.requireNonNull(base, "base"), "base"),
                ReadOptions.defaults());
    }

    private OwidClient(Fetcher fetcher, URI base, ReadOptions options) {
        this.fetcher = fetcher;
        this.base = base;
        this.options = options;
    }

    /**
     * A copy that reads with other options (resolver, lenient mode, limits).
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    public OwidClient withReadOptions(ReadOptions newOptions) {
        return new OwidClient(fetcher, base, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * Fetches a chart's metadata and CSV and reads them.
     *
     * @param slug the chart's name in its URL, such as {@code share-of-population-that-cannot-afford-a-healthy-diet}
     * @return the panel with the provenance of the metadata and the CSV
     * @throws IOException              if a response cannot be fetched or is malformed
     * @throws IllegalArgumentException if the slug is not lower-case letters, digits and single hyphens
     */
    public FetchedPanel chart(String slug) throws IOException {
        Fetched meta = fetcher.fetch(new FetchRequest(metadataUrl(slug), "application/json"));
        OwidCsvReader reader;
        try (Reader text = Responses.text(meta)) {
            reader = OwidCsvReader.withDefaults().withOptions(options).withMetadata(text, Responses.name(meta));
        }
        Fetched csv = fetcher.fetch(new FetchRequest(csvUrl(slug), "text/csv"));
        ReadResult result;
        try (InputStream in = csv.open()) {
            result = reader.read(in, Responses.name(csv));
        }
        return new FetchedPanel(result, List.of(meta.provenance(), csv.provenance()));
    }

    /**
     * The URL of a chart's CSV.
     *
     * @param slug the chart's slug
     * @return {@code {base}{slug}.csv?}{@link #QUERY}
     * @throws IllegalArgumentException if the slug is not lower-case letters, digits and single hyphens
     */
    public URI csvUrl(String slug) {
        return UrlText.resolve(base, slug(slug) + ".csv?" + QUERY);
    }

    /**
     * The URL of a chart's metadata.
     *
     * @param slug the chart's slug
     * @return {@code {base}{slug}.metadata.json?}{@link #QUERY}
     * @throws IllegalArgumentException if the slug is not lower-case letters, digits and single hyphens
     */
    public URI metadataUrl(String slug) {
        return UrlText.resolve(base, slug(slug) + ".metadata.json?" + QUERY);
    }

    private static String slug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug: not lower-case letters, digits and single hyphens: '" + slug
                    + "'");
        }
        return slug;
    }
}
