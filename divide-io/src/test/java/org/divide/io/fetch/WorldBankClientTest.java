package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.Fixtures;
import org.divide.io.ReadResult;
import org.divide.io.worldbank.WorldBankApiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorldBankClientTest {

    @TempDir
    Path cache;

    private static final String KEN = "worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json";
    private static final String PAGE = "fetch/wb_v2_SP.POP.TOTL_KEN_2020-2023_page%dof3.json";
    private static final String ONE_PAGE = "https://api.worldbank.org/v2/country/KEN/indicator/SP.POP.TOTL"
            + "?format=json&per_page=20000&page=1&date=2020:2023&source=2";
    private static final String PAGED = "https://api.worldbank.org/v2/country/KEN/indicator/SP.POP.TOTL"
            + "?format=json&per_page=2&page=%d&date=2020:2023";

    private static final WorldBankQuery KEN_QUERY = WorldBankQuery.of("SP.POP.TOTL").withEconomies("KEN")
            .withYears(2020, 2023);

    private static ReadResult fromFile() throws IOException {
        return WorldBankApiReader.withDefaults().read(Fixtures.resource(KEN));
    }

    @Test
    void aFetchedPageIsThePanelOfTheSameFile() throws IOException {
        RecordedFetcher f = new RecordedFetcher().serve(ONE_PAGE, KEN);
        FetchedPanel p = new WorldBankClient(f, WorldBankClient.DEFAULT_BASE).indicators(KEN_QUERY.withSource("2"));
        ReadResult file = fromFile();
        assertEquals(file.panel(), p.result().panel());
        assertEquals(file.aggregates(), p.result().aggregates());
        assertEquals(55339003.0, p.result().panel().value("KEN", "SP.POP.TOTL", 2023));
        assertEquals(4, p.result().panel().valueCount());
        assertEquals(ONE_PAGE, p.result().source());
        Provenance only = p.sources().get(0);
        assertEquals(1, p.sources().size());
        assertEquals(URI.create(ONE_PAGE), only.url());
        assertEquals(RecordedFetcher.sha256(Files.readAllBytes(Fixtures.resource(KEN))), only.sha256());
        assertEquals("application/json", f.requests().get(0).accept());
    }

    @Test
    void urlsAreBuiltExactly() {
        WorldBankClient wb = new WorldBankClient(new RecordedFetcher(), WorldBankClient.DEFAULT_BASE);
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/all/indicator/NY.GDP.PCAP.CD"
                + "?format=json&per_page=20000&page=1")), wb.firstPages(WorldBankQuery.of("NY.GDP.PCAP.CD")));
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/KEN;NOR/indicator/SP.POP.TOTL;"
                + "NY.GDP.PCAP.CD?format=json&per_page=20000&page=1&date=2000:2023&source=2")),
                wb.firstPages(WorldBankQuery.of("SP.POP.TOTL", "NY.GDP.PCAP.CD").withEconomies("KEN", "NOR")
                        .withYears(2000, 2023).withSource("2")));
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/KEN/indicator/SP.POP.TOTL"
                + "?format=json&per_page=500&page=1"), URI.create("https://api.worldbank.org/v2/country/KEN/"
                + "indicator/NY.GDP.PCAP.CD?format=json&per_page=500&page=1")),
                wb.firstPages(WorldBankQuery.of("SP.POP.TOTL", "NY.GDP.PCAP.CD").withEconomies("KEN")
                        .withPerPage(500)), "several indicators without a source: one series each");
        // a space and a ';' inside a code are encoded; the ';' between codes is kept
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/K%20E;N%3BO/indicator/A%2BB"
                + "?format=json&per_page=20000&page=1&source=a%20b")),
                wb.firstPages(WorldBankQuery.of("A+B").withEconomies("K E", "N;O").withSource("a b")));
        WorldBankClient mirror = new WorldBankClient(new RecordedFetcher(), URI.create("http://127.0.0.1:8080/wb"));
        assertEquals(List.of(URI.create("http://127.0.0.1:8080/wb/country/all/indicator/X?format=json&per_page=20000"
                + "&page=1&date=1990:1990")), mirror.firstPages(WorldBankQuery.of("X").withYears(1990, 1990)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void threePagesMakeThePanelOfOnePage(int threads) throws IOException {
        RecordedFetcher f = new RecordedFetcher();
        for (int page = 1; page <= 3; page++) {
            f.serve(PAGED.formatted(page), PAGE.formatted(page));
        }
        FetchedPanel p = new WorldBankClient(f, WorldBankClient.DEFAULT_BASE).withThreads(threads)
                .indicators(KEN_QUERY.withPerPage(2));
        Panel one = fromFile().panel();
        assertEquals(one, p.result().panel());
        assertEquals(List.of(URI.create(PAGED.formatted(1)), URI.create(PAGED.formatted(2)),
                URI.create(PAGED.formatted(3))), p.sources().stream().map(Provenance::url).toList());
        for (int page = 1; page <= 3; page++) {
            assertEquals(1, f.count(PAGED.formatted(page)), "page " + page + " fetched once");
        }
        assertEquals(PAGED.formatted(1), f.requests().get(0).uri().toString(), "page 1 first");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aFailedPageFailsTheWholeFetch(int threads) {
        RecordedFetcher f = new RecordedFetcher().failOn(PAGED.formatted(2));
        for (int page = 1; page <= 3; page++) {
            f.serve(PAGED.formatted(page), PAGE.formatted(page));
        }
        WorldBankClient wb = new WorldBankClient(f, WorldBankClient.DEFAULT_BASE).withThreads(threads);
        IOException e = assertThrows(IOException.class, () -> wb.indicators(KEN_QUERY.withPerPage(2)));
        assertEquals(PAGED.formatted(2) + ": connection reset (recorded failure)", e.getMessage());
    }

    @Test
    void anApiErrorNamesTheUrlAndTheMessage() {
        String url = "https://api.worldbank.org/v2/country/XXX/indicator/SP.POP.TOTL?format=json&per_page=20000&page=1";
        RecordedFetcher f = new RecordedFetcher().serve(url, "fetch/wb_v2_error_120.json");
        IOException e = assertThrows(IOException.class, () -> new WorldBankClient(f, WorldBankClient.DEFAULT_BASE)
                .indicators(WorldBankQuery.of("SP.POP.TOTL").withEconomies("XXX")));
        assertEquals(url + ": World Bank API error: 120 Invalid value: The provided parameter value is not valid",
                e.getMessage());
    }

    @Test
    void severalIndicatorsWithoutASourceAreJoinedSeries() throws IOException {
        String pop = "https://api.worldbank.org/v2/country/KEN/indicator/SP.POP.TOTL?format=json&per_page=20000&page=1"
                + "&date=2020:2023";
        String gdp = "https://api.worldbank.org/v2/country/KEN/indicator/NY.GDP.PCAP.CD?format=json&per_page=20000"
                + "&page=1&date=2020:2023";
        RecordedFetcher f = new RecordedFetcher().serve(pop, KEN).serve(gdp, "worldbank/wb_v2_empty_response.json");
        FetchedPanel p = new WorldBankClient(f, WorldBankClient.DEFAULT_BASE).indicators(
                WorldBankQuery.of("SP.POP.TOTL", "NY.GDP.PCAP.CD").withEconomies("KEN").withYears(2020, 2023));
        assertEquals(fromFile().panel(), p.result().panel());
        assertEquals(List.of(URI.create(pop), URI.create(gdp)), p.sources().stream().map(Provenance::url).toList());
        assertEquals(pop + " + " + gdp, p.result().source());
    }

    @Test
    void overALoopbackServer() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            String path = "/v2/country/KEN/indicator/SP.POP.TOTL";
            String query = "?format=json&per_page=20000&page=1&date=2020:2023";
            server.on(path + query, LoopbackServer.Reply.resource("application/json", KEN));
            FetchedPanel p = new WorldBankClient(Fetchers.create(FetchSettings.defaults().withCacheDir(cache)), server.uri("/v2/")).indicators(KEN_QUERY);
            assertEquals(fromFile().panel(), p.result().panel());
            assertEquals(server.uri(path + query), p.sources().get(0).url());
            assertEquals("application/json", server.accept(path));
        }
    }

    @Test
    void indicatorAndCountryMetadata() throws IOException {
        String indicator = "https://api.worldbank.org/v2/indicator/SP.POP.TOTL?format=json";
        String countries = "https://api.worldbank.org/v2/country?format=json&per_page=1000";
        RecordedFetcher f = new RecordedFetcher().serve(indicator, "fetch/wb_v2_indicator_SP.POP.TOTL.json")
                .serve(countries, "fetch/wb_v2_country_KEN_NOR_WLD.json");
        WorldBankClient wb = new WorldBankClient(f, WorldBankClient.DEFAULT_BASE);
        Indicator pop = wb.indicatorMetadata("SP.POP.TOTL");
        assertEquals(fromFile().panel().indicator("SP.POP.TOTL"), pop, "the indicator of a data read");
        assertEquals("World Bank, World Development Indicators", pop.source());
        List<Economy> all = wb.countries();
        assertEquals(List.of("KEN", "NOR", "WLD"), all.stream().map(Economy::code).toList());
        Economy ken = all.get(0);
        assertEquals(new Economy("KEN", "Kenya", Economy.Kind.CLASSIFIED, "KE", null, "Sub-Saharan Africa", "SSF",
                "Lower middle income", "LM", "IDA"), ken);
        assertEquals("H", all.get(1).incomeCode());
        assertTrue(all.get(2).isAggregate());
        assertEquals(null, all.get(2).region());
        String bad = "https://api.worldbank.org/v2/indicator/NOPE?format=json";
        f.serve(bad, "fetch/wb_v2_error_120.json");
        IOException e = assertThrows(IOException.class, () -> wb.indicatorMetadata("NOPE"));
        assertTrue(e.getMessage().startsWith(bad + " at /0/message: World Bank API error: "), e.getMessage());
    }

    @Test
    void badQueriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorldBankQuery.of());
        assertThrows(IllegalArgumentException.class, () -> WorldBankQuery.of(" "));
        assertThrows(IllegalArgumentException.class, () -> KEN_QUERY.withPerPage(0));
        assertThrows(IllegalArgumentException.class, () -> KEN_QUERY.withPerPage(WorldBankQuery.MAX_PER_PAGE + 1));
        assertThrows(IllegalArgumentException.class, () -> KEN_QUERY.withYears(2023, 2020));
        assertThrows(IllegalArgumentException.class, () -> new WorldBankQuery(List.of("X"), List.of(), 2000, null,
                null, 10));
        assertThrows(IllegalArgumentException.class, () -> new WorldBankClient(new RecordedFetcher(),
                URI.create("https://api.worldbank.org/v2/?format=json")));
        assertThrows(IllegalArgumentException.class, () -> new WorldBankClient(new RecordedFetcher(),
                WorldBankClient.DEFAULT_BASE).withThreads(0));
        Path unused = Fixtures.resource(KEN);
        assertTrue(Files.isRegularFile(unused));
    }
}
