package org.divide.examples.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.io.PanelFormat;
import org.divide.io.ReadOptions;
import org.divide.io.fetch.FetchedPanel;
import org.divide.io.fetch.Fetcher;
import org.divide.io.fetch.ImfDataMapperClient;
import org.divide.io.fetch.ImfQuery;
import org.divide.io.fetch.OwidClient;
import org.divide.io.fetch.SdmxClient;
import org.divide.io.fetch.SdmxEndpoint;
import org.divide.io.fetch.SdmxQuery;
import org.divide.io.fetch.WorldBankClient;
import org.divide.io.fetch.WorldBankQuery;
import org.divide.io.sdmx.SdmxOptions;

/**
 * One fetch from a provider: the provider's address and the query, run over any {@link Fetcher}.
 * Built by the subcommands of {@code divide fetch} from their options, or parsed from a
 * {@code --data} argument in this grammar:
 *
 * <pre>
 * wb:CODE[;CODE...]              World Bank indicators, all economies and years   wb:IT.NET.BBND.P2;SP.POP.TOTL
 * sdmx:PRESET:FLOW[:KEY]         an SDMX flow of IMF, OECD, ESTAT, ECB, BIS, ILO   sdmx:ECB:AME:A.BEL.1.0.0.0.OVGD
 *                                FLOW is an id or AGENCY,ID[,VERSION]              sdmx:OECD:OECD.SDD.TPS,DSD_G20_PRICES@DF_G20_PRICES,1.0
 * imf:CODE[;CODE...]             IMF DataMapper indicators                         imf:NGDPD
 * owid:SLUG                      an Our World in Data chart                        owid:share-of-population-that-cannot-afford-a-healthy-diet
 * </pre>
 *
 * An argument naming an existing file is always the file.
 */
sealed interface FetchSpec {

    /** The presets of {@code sdmx:PRESET}, by name. */
    Map<String, SdmxEndpoint> SDMX_PRESETS = Map.of("IMF", SdmxEndpoint.IMF, "OECD", SdmxEndpoint.OECD, "ESTAT",
            SdmxEndpoint.ESTAT, "ECB", SdmxEndpoint.ECB, "BIS", SdmxEndpoint.BIS, "ILO", SdmxEndpoint.ILO);

    /** {@return the fetch as a {@code --data} argument names it, for messages: {@code wb:SP.POP.TOTL}} */
    String label();

    /**
     * Fetches the panel.
     *
     * @param fetcher the fetcher (with its cache)
     * @param read    the read options (limits, resolver)
     * @return the panel and the provenance of every response
     * @throws IOException as the provider's client, naming the URL
     */
    FetchedPanel fetch(Fetcher fetcher, ReadOptions read) throws IOException;

    /** {@return the format of the responses, as {@code divide convert} names it: {@code worldbank-api}} */
    String format();

    /**
     * World Bank indicators.
     *
     * @param base  the API's address
     * @param query the query
     */
    record WorldBank(URI base, WorldBankQuery query) implements FetchSpec {
        @Override
        public String label() {
            return "wb:" + String.join(";", query.indicators());
        }

        @Override
        public FetchedPanel fetch(Fetcher fetcher, ReadOptions read) throws IOException {
            return new WorldBankClient(fetcher, base).withReadOptions(read).indicators(query);
        }

        @Override
        public String format() {
            return PanelFormat.WORLDBANK_API.label();
        }
    }

    /**
     * An SDMX flow.
     *
     * @param preset   the preset's name, such as {@code ECB}
     * @param endpoint the service (address, API, format)
     * @param query    the query
     * @param sdmx      the reader's SDMX options (an economy dimension), or {@code null}
     * @param structure whether the flow's data structure is fetched first (its dimensions, rather
     *                  than the reader's guesses)
     */
    record Sdmx(String preset, SdmxEndpoint endpoint, SdmxQuery query, SdmxOptions sdmx, boolean structure)
            implements FetchSpec {
        @Override
        public String label() {
            return "sdmx:" + preset + ":" + (query.agency() == null ? query.flow() : query.agency() + ","
                    + query.flow() + (query.version() == null ? "" : "," + query.version()))
                    + (query.key().isEmpty() ? "" : ":" + query.key());
        }

        @Override
        public FetchedPanel fetch(Fetcher fetcher, ReadOptions read) throws IOException {
            SdmxClient client = new SdmxClient(fetcher, endpoint).withReadOptions(read);
            client = sdmx == null ? client : client.withSdmx(sdmx);
            return (structure ? client : client.withoutStructure()).data(query);
        }

        @Override
        public String format() {
            return switch (endpoint.format()) {
                case SDMX_CSV -> PanelFormat.SDMX_CSV.label();
                case SDMX_JSON -> PanelFormat.SDMX_JSON.label();
                default -> PanelFormat.SDMX_ML.label();
            };
        }
    }

    /**
     * IMF DataMapper indicators.
     *
     * @param base  the API's address
     * @param query the query
     */
    record Imf(URI base, ImfQuery query) implements FetchSpec {
        @Override
        public String label() {
            return "imf:" + String.join(";", query.indicators());
        }

        @Override
        public FetchedPanel fetch(Fetcher fetcher, ReadOptions read) throws IOException {
            return new ImfDataMapperClient(fetcher, base).withReadOptions(read).indicators(query);
        }

        @Override
        public String format() {
            return PanelFormat.IMF.label();
        }
    }

    /**
     * An Our World in Data chart.
     *
     * @param base the grapher's address
     * @param slug the chart's slug
     */
    record Owid(URI base, String slug) implements FetchSpec {
        @Override
        public String label() {
            return "owid:" + slug;
        }

        @Override
        public FetchedPanel fetch(Fetcher fetcher, ReadOptions read) throws IOException {
            return new OwidClient(fetcher, base).withReadOptions(read).chart(slug);
        }

        @Override
        public String format() {
            return PanelFormat.OWID.label();
        }
    }

    /**
     * Whether a {@code --data} argument names a fetch: it starts with {@code wb:}, {@code sdmx:},
     * {@code imf:} or {@code owid:} (any case) and names no existing file.
     *
     * @param argument the argument
     * @return {@code true} for a fetch
     */
    static boolean names(String argument) {
        int colon = argument.indexOf(':');
        if (colon < 2) {
            return false;
        }
        String scheme = argument.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!List.of("wb", "sdmx", "imf", "owid").contains(scheme)) {
            return false;
        }
        try {
            return !Files.exists(Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
    }

    /**
     * The fetch a {@code --data} argument names (see {@link #names(String)}).
     *
     * @param argument the argument, such as {@code wb:IT.NET.BBND.P2}
     * @param options  the fetch options ({@code --provider-base})
     * @return the fetch
     * @throws IllegalArgumentException if the argument breaks the grammar, saying what is expected
     */
    static FetchSpec parse(String argument, FetchOptions options) {
        int colon = argument.indexOf(':');
        String scheme = argument.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = argument.substring(colon + 1).strip();
        String where = "--data " + argument + ": ";
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(where + "name what to fetch after '" + scheme + ":' (" + usage(scheme)
                    + ")");
        }
        switch (scheme) {
            case "wb":
                return new WorldBank(options.base("wb", WorldBankClient.DEFAULT_BASE),
                        WorldBankQuery.of(codes(rest)));
            case "imf":
                return new Imf(options.base("imf", ImfDataMapperClient.DEFAULT_BASE), ImfQuery.of(codes(rest)));
            case "owid":
                return new Owid(options.base("owid", OwidClient.DEFAULT_BASE), rest);
            default:
                String[] parts = rest.split(":", 3);
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw new IllegalArgumentException(where + "give sdmx:PRESET:FLOW[:KEY] (" + usage(scheme) + ")");
                }
                return sdmx(parts[0], parts[1], parts.length == 3 ? parts[2] : "", options, where);
        }
    }

    /**
     * An SDMX fetch of a preset.
     *
     * @param preset  IMF, OECD, ESTAT, ECB, BIS or ILO, any case
     * @param flow    an id, or {@code AGENCY,ID[,VERSION]}
     * @param key     the series key, empty for all
     * @param options the fetch options ({@code --provider-base sdmx:PRESET=URL})
     * @param where   the start of messages, naming the argument
     * @return the fetch, without period or SDMX options
     * @throws IllegalArgumentException for an unknown preset or a malformed flow
     */
    static Sdmx sdmx(String preset, String flow, String key, FetchOptions options, String where) {
        String name = preset.strip().toUpperCase(Locale.ROOT);
        SdmxEndpoint endpoint = SDMX_PRESETS.get(name);
        if (endpoint == null) {
            throw new IllegalArgumentException(where + "unknown SDMX service '" + preset + "'; use IMF, OECD, ESTAT,"
                    + " ECB, BIS or ILO (and --base-url or --provider-base for another address)");
        }
        URI base = options.base("sdmx:" + name, endpoint.base());
        String[] ref = flow.strip().split(",", -1);
        if (ref.length > 3 || Arrays.stream(ref).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(where + "the flow '" + flow + "' is neither an id nor AGENCY,ID[,VERSION]");
        }
        SdmxQuery query = ref.length == 1 ? SdmxQuery.of(ref[0]) : SdmxQuery.of(ref[0], ref[1]);
        if (ref.length == 3) {
            query = query.withVersion(ref[2]);
        }
        return new Sdmx(name, endpoint.withBase(base), query.withKey(key.strip()), null, true);
    }

    private static String[] codes(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(c -> !c.isEmpty()).toArray(String[]::new);
    }

    private static String usage(String scheme) {
        return switch (scheme) {
            case "wb" -> "wb:CODE[;CODE...], such as wb:IT.NET.BBND.P2";
            case "imf" -> "imf:CODE[;CODE...], such as imf:NGDPD";
            case "owid" -> "owid:SLUG, such as owid:share-of-population-that-cannot-afford-a-healthy-diet";
            default -> "sdmx:PRESET:FLOW[:KEY], such as sdmx:ECB:AME:A.BEL.1.0.0.0.OVGD";
        };
    }
}
