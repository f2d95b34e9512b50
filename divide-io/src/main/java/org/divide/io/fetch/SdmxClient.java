package org.divide.io.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.divide.io.FormatReader;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.sdmx.SdmxCsvReader;
import org.divide.io.sdmx.SdmxJsonReader;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.sdmx.SdmxOptions;

/**
 * Fetches data from an SDMX REST service and reads it with the SDMX reader of the endpoint's
 * format. Immutable and thread-safe.
 *
 * <pre>{@code
 * SdmxClient ecb = new SdmxClient(fetcher, SdmxEndpoint.ECB);
 * FetchedPanel p = ecb.data(SdmxQuery.of("AME").withKey("A.BEL.1.0.0.0.OVGD").withPeriod("2000", "2014"));
 * // GET https://data-api.ecb.europa.eu/service/dataflow/ECB/AME/latest?references=datastructure
 * // GET https://data-api.ecb.europa.eu/service/data/ECB,AME,latest/A.BEL.1.0.0.0.OVGD?startPeriod=2000&endPeriod=2014
 * }</pre>
 *
 * <p>By default the flow's data structure definition is fetched first and read into a
 * {@link DataStructure}, which tells the data reader the dimensions in order, the time dimension,
 * the measure and (where the DSD declares the {@code REF_AREA} role) the economy dimension, so that
 * nothing is guessed from the data message ({@link DataStructure#applyTo}). The
 * {@link SdmxOptions} given with {@link #withSdmx} come first: an economy dimension named there
 * wins over the DSD's. {@link #withoutStructure()} skips the structure query and reads with the
 * options alone.
 *
 * <p>The {@link FetchedPanel#sources()} are the structure response (when fetched), then the data
 * response.
 */
public final class SdmxClient {

    private static final String STRUCTURE_21 = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final String STRUCTURE_30 = "application/vnd.sdmx.structure+xml;version=3.0.0";

    /** The characters kept in a series key: {@code .} between dimensions, {@code +} between values, {@code *}. */
    private static final String KEY_CHARS = "+*";

    private final Fetcher fetcher;
    private final SdmxEndpoint endpoint;
    private final SdmxOptions sdmx;
    private final boolean structure;
    private final ReadOptions options;

    /**
     * A client of a service that fetches the data structure before the data, reading with
     * {@link SdmxOptions#defaults()} and {@link ReadOptions#defaults()}.
     *
     * @param fetcher  the fetcher, thread-safe
     * @param endpoint the service, such as {@link SdmxEndpoint#ECB}
     * @throws NullPointerException if an argument is null
     */
    public SdmxClient(Fetcher fetcher, SdmxEndpoint endpoint) {
        this(Objects.requireNonNull(fetcher, "fetcher"), Objects.requireNonNull(endpoint, "endpoint"),
                SdmxOptions.defaults(), true, ReadOptions.defaults());
    }

    private SdmxClient(Fetcher fetcher, SdmxEndpoint endpoint, SdmxOptions sdmx, boolean structure,
            ReadOptions options) {
        this.fetcher = fetcher;
        this.endpoint = endpoint;
        this.sdmx = sdmx;
        this.structure = structure;
        this.options = options;
    }

    /**
     * A copy that maps dimensions with these options (before the DSD's dimensions are applied).
     *
     * @param newSdmx the mapping, non-null
     * @return the copy
     */
    public SdmxClient withSdmx(SdmxOptions newSdmx) {
        return new SdmxClient(fetcher, endpoint, Objects.requireNonNull(newSdmx, "sdmx"), structure, options);
    }

    /**
     * A copy that reads with other options (resolver, lenient mode, limits).
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    public SdmxClient withReadOptions(ReadOptions newOptions) {
        return new SdmxClient(fetcher, endpoint, sdmx, structure, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * A copy that does not fetch the data structure: the data are read with the options alone
     * (one request instead of two; the readers then find the dimensions as their docs say).
     *
     * @return the copy
     */
    public SdmxClient withoutStructure() {
        return new SdmxClient(fetcher, endpoint, sdmx, false, options);
    }

    /**
     * The service.
     *
     * @return the endpoint
     */
    public SdmxEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Fetches the data of a query and reads them into a panel.
     *
     * @param query the query
     * @return the panel with the provenance of the structure (if fetched) and data responses
     * @throws IOException if a response cannot be fetched or is malformed (the message names the
     *                     URL)
     */
    public FetchedPanel data(SdmxQuery query) throws IOException {
        List<Fetched> responses = new ArrayList<>();
        SdmxOptions mapping = sdmx;
        if (structure) {
            Fetched dsd = fetcher.fetch(new FetchRequest(structureUrl(query), structureAccept()));
            responses.add(dsd);
            try (InputStream in = dsd.open()) {
                mapping = DataStructure.read(in, Responses.name(dsd)).applyTo(sdmx);
            }
        }
        Fetched data = fetcher.fetch(new FetchRequest(dataUrl(query), endpoint.format().accept(endpoint.api())));
        responses.add(data);
        ReadResult result;
        try (InputStream in = data.open()) {
            result = reader(mapping).read(in, Responses.name(data));
        }
        return new FetchedPanel(result, Responses.provenance(responses));
    }

    /**
     * Fetches and reads the data structure of a query's flow.
     *
     * @param query the query (its flow)
     * @return the structure
     * @throws IOException if it cannot be fetched or holds no data structure
     */
    public DataStructure structure(SdmxQuery query) throws IOException {
        Fetched dsd = fetcher.fetch(new FetchRequest(structureUrl(query), structureAccept()));
        try (InputStream in = dsd.open()) {
            return DataStructure.read(in, Responses.name(dsd));
        }
    }

    private FormatReader<?> reader(SdmxOptions mapping) {
        return switch (endpoint.format()) {
            case SDMX_CSV -> SdmxCsvReader.withDefaults().withSdmx(mapping).withOptions(options);
            case SDMX_JSON -> SdmxJsonReader.withDefaults().withSdmx(mapping).withOptions(options);
            case SDMX_ML -> SdmxMlReader.withDefaults().withSdmx(mapping).withOptions(options);
        };
    }

    private String structureAccept() {
        return endpoint.api() == SdmxEndpoint.Api.V2_1 ? STRUCTURE_21 : STRUCTURE_30;
    }

    /**
     * The URL of a data query: API 2.1
     * {@code {base}data/{agency},{flow},{version}/{key}?startPeriod=S&endPeriod=E}, API 3.0
     * {@code {base}data/dataflow/{agency}/{flow}/{version}/{key}?c%5BTIME_PERIOD%5D=ge:S+le:E}.
     *
     * @param query the query
     * @return the URL
     */
    public URI dataUrl(SdmxQuery query) {
        String agency = UrlText.encode(query.agency() == null ? endpoint.agency() : query.agency(), "");
        String flow = UrlText.encode(query.flow(), "@");
        String version = version(query);
        StringBuilder u = new StringBuilder("data/");
        if (endpoint.api() == SdmxEndpoint.Api.V2_1) {
            u.append(agency).append(',').append(flow).append(',').append(version).append('/')
                    .append(query.key().isEmpty() ? "all" : UrlText.encode(query.key(), KEY_CHARS));
            String sep = "?";
            if (query.startPeriod() != null) {
                u.append(sep).append("startPeriod=").append(UrlText.encode(query.startPeriod(), ""));
                sep = "&";
            }
            if (query.endPeriod() != null) {
                u.append(sep).append("endPeriod=").append(UrlText.encode(query.endPeriod(), ""));
            }
        } else {
            u.append("dataflow/").append(agency).append('/').append(flow).append('/').append(version).append('/')
                    .append(query.key().isEmpty() ? "*" : UrlText.encode(query.key(), KEY_CHARS));
            List<String> bounds = new ArrayList<>();
            if (query.startPeriod() != null) {
                bounds.add("ge:" + UrlText.encode(query.startPeriod(), ""));
            }
            if (query.endPeriod() != null) {
                bounds.add("le:" + UrlText.encode(query.endPeriod(), ""));
            }
            if (!bounds.isEmpty()) {
                u.append("?c%5BTIME_PERIOD%5D=").append(String.join("+", bounds));
            }
        }
        return UrlText.resolve(endpoint.base(), u.toString());
    }

    /**
     * The URL of a query's structure: API 2.1
     * {@code {base}dataflow/{agency}/{flow}/{version}?references=datastructure}, API 3.0
     * {@code {base}structure/dataflow/{agency}/{flow}/{version}?references=datastructure}.
     *
     * @param query the query (its flow)
     * @return the URL
     */
    public URI structureUrl(SdmxQuery query) {
        String agency = UrlText.encode(query.agency() == null ? endpoint.agency() : query.agency(), "");
        String path = (endpoint.api() == SdmxEndpoint.Api.V2_1 ? "" : "structure/") + "dataflow/" + agency + "/"
                + UrlText.encode(query.flow(), "@") + "/" + version(query) + "?references=datastructure";
        return UrlText.resolve(endpoint.base(), path);
    }

    private String version(SdmxQuery query) {
        if (query.version() != null) {
            return UrlText.encode(query.version(), "+~*");
        }
        return endpoint.api() == SdmxEndpoint.Api.V2_1 ? "latest" : "~";
    }
}
