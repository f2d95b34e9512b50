package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.divide.io.fetch.CacheEntry;
import org.divide.io.fetch.FetchCache;
import org.divide.io.fetch.FetchListener;
import org.divide.io.fetch.Fetchers;
import org.divide.io.fetch.ImfDataMapperClient;
import org.divide.io.fetch.ImfQuery;
import org.divide.io.fetch.OwidClient;
import org.divide.io.fetch.Redaction;
import org.divide.io.fetch.SdmxEndpoint;
import org.divide.io.fetch.SdmxQuery;
import org.divide.io.fetch.WorldBankClient;
import org.divide.io.fetch.WorldBankQuery;
import org.divide.io.sdmx.SdmxOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide fetch}: fetches a panel from a provider's API ({@code wb}, {@code sdmx},
 * {@code imf}, {@code owid}), through the on-disk cache, and writes it as {@code divide convert}
 * does; with {@code --list-cache} or {@code --clear-cache}, shows or empties the cache.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fetch a panel from a provider's API, cached on disk so that the same panel comes back"
                + " offline: World Bank indicators (wb), an SDMX flow of IMF, OECD, Eurostat, ECB, BIS or ILO (sdmx),"
                + " IMF DataMapper indicators (imf), an Our World in Data chart (owid).",
            "Every response read is noted on standard error: URL, size, origin (NETWORK, REVALIDATED or CACHE), time"
                    + " fetched, SHA-256. The same series are accepted by --data of every command: wb:CODE[;CODE],"
                    + " sdmx:PRESET:FLOW[:KEY], imf:CODE[;CODE], owid:SLUG."},
        subcommands = {FetchCommand.WorldBankCommand.class, FetchCommand.SdmxCommand.class,
            FetchCommand.ImfCommand.class, FetchCommand.OwidCommand.class},
        footer = {"", "Examples:", "  divide fetch wb IT.NET.BBND.P2 SP.POP.TOTL --from 2000 --out bb.json",
            "  divide fetch sdmx ECB AME --key A.BEL.1.0.0.0.OVGD --out ame.csv",
            "  divide fetch --list-cache", "  divide fetch --clear-cache --older-than 30d"})
final class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FetchOptions fetch;

    @Option(names = "--list-cache", description = "List the cached responses: url, size, fetched, age.")
    boolean listCache;

    @Option(names = "--clear-cache", description = "Remove the cached responses (all, or those older than"
            + " --older-than).")
    boolean clearCache;

    @Option(names = "--older-than", paramLabel = "DURATION", converter = DurationText.Converter.class,
            description = "With --clear-cache: only the responses fetched or revalidated longer ago, such as 30d.")
    Duration olderThan;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Output.FormatConverter.class,
            description = "With --list-cache: table, csv or json (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Override
    public Integer call() throws IOException {
        if (listCache == clearCache) {
            throw new ParameterException(spec.commandLine(), listCache ? "give --list-cache or --clear-cache, not both"
                    : "name a provider (wb, sdmx, imf, owid), or give --list-cache or --clear-cache");
        }
        if (olderThan != null && !clearCache) {
            throw new ParameterException(spec.commandLine(), "--older-than goes with --clear-cache");
        }
        if (format == Output.Format.XLSX) {
            throw new ParameterException(spec.commandLine(), "--format xlsx: the cache is listed as table, csv or"
                    + " json");
        }
        FetchCache cache = Fetchers.cache(fetch.settings(FetchListener.NONE));
        PrintWriter err = spec.commandLine().getErr();
        if (clearCache) {
            int removed = olderThan == null ? cache.clear() : cache.clear(olderThan);
            err.println("divide: removed " + removed + " cached response" + (removed == 1 ? "" : "s")
                    + (olderThan == null ? "" : " older than " + DurationText.format(olderThan)) + " from "
                    + cache.dir());
            err.flush();
            return ExitCodes.OK;
        }
        List<CacheEntry> entries = cache.list();
        Output.print(List.of(table(entries)), format, spec.commandLine().getOut());
        err.println("divide: " + entries.size() + " cached response" + (entries.size() == 1 ? "" : "s") + " in "
                + cache.dir());
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * The cache listing as a table {@code cache}: url (redacted), size in bytes, time fetched, age.
     *
     * @param entries the entries
     * @return the table
     */
    static Table table(List<CacheEntry> entries) {
        Table.Builder t = new Table.Builder("cache", List.of("url", "size", "fetched", "age"));
        for (CacheEntry e : entries) {
            t.add(Redaction.uri(e.url()), e.size(), e.fetchedAt().toString(), DurationText.rounded(e.age()));
        }
        return t.build();
    }

    /** {@code divide fetch wb}: World Bank indicators. */
    @Command(name = "wb", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fetch World Bank indicators (API v2): all economies and years unless narrowed.",
            footer = {"", "Example:", "  divide fetch wb IT.NET.BBND.P2 SP.POP.TOTL --economies KEN,IND --from 2000"
                    + " --to 2023 --out bb.json"})
    static final class WorldBankCommand implements Callable<Integer> {

        @Mixin
        FetchRun run;

        @Parameters(arity = "1..*", paramLabel = "CODE", description = "Indicator codes.")
        List<String> codes;

        @Option(names = "--economies", paramLabel = "CODES", split = ",", description = "ISO3 codes (default: all).")
        List<String> economies;

        @Option(names = "--from", paramLabel = "YEAR", description = "The first year (with --to).")
        Integer from;

        @Option(names = "--to", paramLabel = "YEAR", description = "The last year (with --from).")
        Integer to;

        @Option(names = "--source", paramLabel = "ID", description = "The World Bank source id, such as 2 (WDI);"
                + " several indicators are then fetched in one request series.")
        String source;

        @Override
        public Integer call() throws IOException {
            WorldBankQuery q = WorldBankQuery.of(codes.toArray(String[]::new));
            if (economies != null) {
                q = q.withEconomies(economies.toArray(String[]::new));
            }
            if ((from == null) != (to == null)) {
                throw new ParameterException(run.command.commandLine(), "--from and --to go together");
            }
            if (from != null) {
                q = q.withYears(from, to);
            }
            if (source != null) {
                q = q.withSource(source);
            }
            return run.run(new FetchSpec.WorldBank(run.base(
                    run.fetch.base("wb", WorldBankClient.DEFAULT_BASE)), q));
        }
    }

    /** {@code divide fetch sdmx}: a flow of an SDMX REST service. */
    @Command(name = "sdmx", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fetch an SDMX flow (REST 2.1 or 3.0): the flow's data structure, then its data.",
            footer = {"", "Example:", "  divide fetch sdmx ECB AME --key A.BEL.1.0.0.0.OVGD --from 2000 --out ame.csv"})
    static final class SdmxCommand implements Callable<Integer> {

        @Mixin
        FetchRun run;

        @Parameters(index = "0", paramLabel = "SERVICE",
                description = "IMF, OECD, ESTAT, ECB, BIS or ILO.")
        String service;

        @Parameters(index = "1", paramLabel = "FLOW",
                description = "The flow: its id, or AGENCY,ID[,VERSION].")
        String flow;

        @Option(names = "--key", paramLabel = "KEY", defaultValue = "", description = "The series key: dimension"
                + " values joined by '.', '+' between alternatives, empty for all (default: all series).")
        String key;

        @Option(names = "--from", paramLabel = "PERIOD", description = "The first period, such as 2000 or 2020-01.")
        String from;

        @Option(names = "--to", paramLabel = "PERIOD", description = "The last period.")
        String to;

        @Option(names = "--api", paramLabel = "VERSION", description = "The REST API: 2.1 or 3.0 (default: the"
                + " service's).")
        String api;

        @Option(names = "--format", paramLabel = "FORMAT", description = "The data format asked for: csv, json or ml"
                + " (default: csv).")
        String format;

        @Option(names = "--economy-dimension", paramLabel = "DIM", description = "The dimension of economies when the"
                + " data structure does not declare one (REF_AREA role), such as DER_REP_CTY.")
        String economyDimension;

        @Option(names = "--without-structure", description = "Do not fetch the flow's data structure first (the"
                + " reader then finds the dimensions in the data).")
        boolean withoutStructure;

        @Override
        public Integer call() throws IOException {
            FetchSpec.Sdmx spec;
            try {
                spec = FetchSpec.sdmx(service, flow, key, run.fetch, "");
            } catch (IllegalArgumentException e) {
                throw new ParameterException(run.command.commandLine(), e.getMessage(), e);
            }
            SdmxEndpoint endpoint = spec.endpoint().withBase(run.base(spec.endpoint().base()));
            if (api != null) {
                endpoint = endpoint.withApi(switch (api.strip()) {
                    case "2.1" -> SdmxEndpoint.Api.V2_1;
                    case "3.0", "3" -> SdmxEndpoint.Api.V3_0;
                    default -> throw new ParameterException(run.command.commandLine(), "--api " + api
                            + ": give 2.1 or 3.0");
                });
            }
            if (format != null) {
                endpoint = endpoint.withFormat(switch (format.strip().toLowerCase(Locale.ROOT)) {
                    case "csv" -> SdmxEndpoint.Format.SDMX_CSV;
                    case "json" -> SdmxEndpoint.Format.SDMX_JSON;
                    case "ml", "xml" -> SdmxEndpoint.Format.SDMX_ML;
                    default -> throw new ParameterException(run.command.commandLine(), "--format " + format
                            + ": give csv, json or ml");
                });
            }
            SdmxQuery query = spec.query();
            if (from != null || to != null) {
                query = query.withPeriod(from, to);
            }
            SdmxOptions sdmx = economyDimension == null ? null
                    : SdmxOptions.defaults().withEconomy(economyDimension);
            return run.run(new FetchSpec.Sdmx(spec.preset(), endpoint, query, sdmx, !withoutStructure));
        }
    }

    /** {@code divide fetch imf}: IMF DataMapper indicators. */
    @Command(name = "imf", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fetch IMF DataMapper indicators, with the DataMapper's names of indicators and economies.",
            footer = {"", "Example:", "  divide fetch imf NGDPD --economies KEN,NOR --periods 2022,2023"})
    static final class ImfCommand implements Callable<Integer> {

        @Mixin
        FetchRun run;

        @Parameters(arity = "1..*", paramLabel = "CODE", description = "Indicator codes.")
        List<String> codes;

        @Option(names = "--economies", paramLabel = "CODES", split = ",", description = "ISO3 codes (default: all).")
        List<String> economies;

        @Option(names = "--periods", paramLabel = "YEARS", split = ",", description = "Years (default: all).")
        List<Integer> periods;

        @Override
        public Integer call() throws IOException {
            ImfQuery q = ImfQuery.of(codes.toArray(String[]::new));
            if (economies != null) {
                q = q.withEconomies(economies.toArray(String[]::new));
            }
            if (periods != null) {
                q = q.withPeriods(periods.toArray(Integer[]::new));
            }
            return run.run(new FetchSpec.Imf(run.base(run.fetch.base("imf",
                    ImfDataMapperClient.DEFAULT_BASE)), q));
        }
    }

    /** {@code divide fetch owid}: an Our World in Data chart. */
    @Command(name = "owid", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fetch an Our World in Data chart: its full CSV and its metadata.",
            footer = {"", "Example:", "  divide fetch owid share-of-population-that-cannot-afford-a-healthy-diet"
                    + " --out diet.json"})
    static final class OwidCommand implements Callable<Integer> {

        @Mixin
        FetchRun run;

        @Parameters(index = "0", paramLabel = "SLUG", description = "The chart's slug (the last"
                + " part of its address).")
        String slug;

        @Override
        public Integer call() throws IOException {
            return run.run(new FetchSpec.Owid(run.base(run.fetch.base("owid",
                    OwidClient.DEFAULT_BASE)), slug));
        }
    }
}
