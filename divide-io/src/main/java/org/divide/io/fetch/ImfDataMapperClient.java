package org.divide.io.fetch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.imf.ImfDataMapperReader;

/**
 * Fetches indicators from the IMF DataMapper API and reads them with {@link ImfDataMapperReader}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ImfDataMapperClient imf = new ImfDataMapperClient(fetcher, ImfDataMapperClient.DEFAULT_BASE);
 * FetchedPanel p = imf.indicators(ImfQuery.of("NGDP_RPCH").withEconomies("KEN", "NOR").withPeriods(2022, 2023));
 * // GET https://www.imf.org/external/datamapper/api/v1/indicators   (and countries, regions, groups)
 * // GET https://www.imf.org/external/datamapper/api/v1/NGDP_RPCH/KEN/NOR?periods=2022,2023
 * }</pre>
 *
 * <p>URLs: {@code {base}{indicator}/{economy}/{economy}...?periods=Y,Y}, one request per indicator
 * (the panels are joined); no economy for all, no {@code periods} for all years. By default the
 * metadata responses {@code {base}indicators}, {@code {base}countries}, {@code {base}regions} and
 * {@code {base}groups} are fetched first and given to the reader, which then names indicators and
 * economies and keeps the DataMapper's regions and groups apart as aggregates;
 * {@link #withoutMetadata()} leaves them out (regions and groups are then unmatched).
 *
 * <p>The {@link FetchedPanel#sources()} are the metadata responses, then one data response per
 * indicator, in that order.
 */
public final class ImfDataMapperClient {

    /** The API's address. */
    public static final URI DEFAULT_BASE = URI.create("https://www.imf.org/external/datamapper/api/v1/");

    /** The metadata responses fetched by default, in order. */
    public static final List<String> METADATA = List.of("indicators", "countries", "regions", "groups");

    private static final String ACCEPT = "application/json";

    private final Fetcher fetcher;
    private final URI base;
    private final boolean metadata;
    private final ReadOptions options;

    /**
     * A client of the API at {@code base} that fetches the metadata responses, reading with
     * {@link ReadOptions#defaults()}.
     *
     * @param fetcher the fetcher, thread-safe
     * @param base    the API's address, such as {@link #DEFAULT_BASE}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code base} is not an absolute http(s) URL without query
     */
    public ImfDataMapperClient(Fetcher fetcher, URI base) {
        this(Objects.requireNonNull(fetcher, "fetcher"), UrlText.base(Objects.requireNonNull(base, "base"), "base"),
                true, ReadOptions.defaults());
    }

    private ImfDataMapperClient(Fetcher fetcher, URI base, boolean metadata, ReadOptions options) {
        this.fetcher = fetcher;
        this.base = base;
        this.metadata = metadata;
        this.options = options;
    }

    /**
     * A copy that fetches no metadata responses (one request per indicator and nothing more).
     *
     * @return the copy
     */
    public ImfDataMapperClient withoutMetadata() {
        return new ImfDataMapperClient(fetcher, base, false, options);
    }

    /**
     * A copy that reads with other options (resolver, lenient mode, limits).
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    public ImfDataMapperClient withReadOptions(ReadOptions newOptions) {
        return new ImfDataMapperClient(fetcher, base, metadata, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * Fetches and reads the indicators of a query.
     *
     * @param query the query
     * @return the panel with the provenance of every response read
     * @throws IOException if a response cannot be fetched or is malformed (the message names the URL)
     */
    public FetchedPanel indicators(ImfQuery query) throws IOException {
        List<Fetched> responses = new ArrayList<>();
        ImfDataMapperReader reader = ImfDataMapperReader.withDefaults().withOptions(options);
        if (metadata) {
            for (String name : METADATA) {
                Fetched m = fetcher.fetch(new FetchRequest(metadataUrl(name), ACCEPT));
                responses.add(m);
                try (Reader text = Responses.text(m)) {
                    reader = reader.withMetadata(text, Responses.name(m));
                }
            }
        }
        List<ReadResult> results = new ArrayList<>();
        for (URI url : dataUrls(query)) {
            Fetched data = fetcher.fetch(new FetchRequest(url, ACCEPT));
            responses.add(data);
            try (Reader text = Responses.text(data)) {
                results.add(reader.read(text, Responses.name(data)));
            }
        }
        try {
            return new FetchedPanel(Responses.join(results), Responses.provenance(responses));
        } catch (IllegalArgumentException e) {
            throw new IOException("the DataMapper responses do not join: " + e.getMessage(), e);
        }
    }

    /**
     * The data URLs of a query, one per indicator.
     *
     * @param query the query
     * @return the URLs, in the order fetched
     */
    public List<URI> dataUrls(ImfQuery query) {
        List<URI> urls = new ArrayList<>();
        for (String indicator : query.indicators()) {
            StringBuilder u = new StringBuilder(UrlText.encode(indicator, ""));
            for (String economy : query.economies()) {
                u.append('/').append(UrlText.encode(economy, ""));
            }
            if (!query.periods().isEmpty()) {
                u.append("?periods=").append(query.periods().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")));
            }
            urls.add(UrlText.resolve(base, u.toString()));
        }
        return urls;
    }

    /**
     * The URL of a metadata response.
     *
     * @param name one of {@link #METADATA}
     * @return the URL, {@code {base}{name}}
     */
    public URI metadataUrl(String name) {
        return UrlText.resolve(base, UrlText.encode(UrlText.code(name, "metadata name"), ""));
    }
}
