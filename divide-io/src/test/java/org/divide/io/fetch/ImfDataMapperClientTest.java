package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.nio.file.Path;
import org.divide.io.Fixtures;
import org.divide.io.ReadResult;
import org.divide.io.imf.ImfDataMapperReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DataMapper client over the project's synthetic DataMapper responses (IMF terms restrict
 * redistributing real ones; see the README of {@code org/divide/io/fetch}).
 */
class ImfDataMapperClientTest {

    @TempDir
    Path cache;

    private static final String BASE = "https://www.imf.org/external/datamapper/api/v1/";
    private static final String DATA = "imf/datamapper_synthetic.json";
    private static final String INDICATORS = "imf/datamapper_indicators_synthetic.json";
    private static final String COUNTRIES = "fetch/datamapper_countries_synthetic.json";
    private static final String GROUPS = "imf/datamapper_groups_synthetic.json";   // holds regions and groups

    private static final ImfQuery QUERY = ImfQuery.of("NGDP_RPCH").withEconomies("KEN", "NOR", "ADVEC", "AFQ")
            .withPeriods(2022, 2023, 2024);
    private static final String DATA_URL = BASE + "NGDP_RPCH/KEN/NOR/ADVEC/AFQ?periods=2022,2023,2024";

    private static RecordedFetcher recorded() {
        return new RecordedFetcher().serve(BASE + "indicators", INDICATORS).serve(BASE + "countries", COUNTRIES)
                .serve(BASE + "regions", GROUPS).serve(BASE + "groups", GROUPS).serve(DATA_URL, DATA);
    }

    @Test
    void metadataThenDataAsTheReaderReadsTheFiles() throws IOException {
        RecordedFetcher f = recorded();
        FetchedPanel p = new ImfDataMapperClient(f, ImfDataMapperClient.DEFAULT_BASE).indicators(QUERY);
        ReadResult file = ImfDataMapperReader.withDefaults().withMetadata(Fixtures.resource(INDICATORS))
                .withMetadata(Fixtures.resource(COUNTRIES)).withMetadata(Fixtures.resource(GROUPS))
                .withMetadata(Fixtures.resource(GROUPS)).read(Fixtures.resource(DATA));
        assertEquals(file.panel(), p.result().panel());
        assertEquals(file.aggregates(), p.result().aggregates());
        assertEquals(List.of("ADVEC", "AFQ"), p.result().aggregates().economies().stream().map(e -> e.code())
                .toList(), "regions and groups kept apart");
        assertEquals(4.5, p.result().panel().value("KEN", "NGDP_RPCH", 2022));
        assertEquals("Real GDP growth", p.result().panel().indicator("NGDP_RPCH").name());
        assertEquals(List.of(BASE + "indicators", BASE + "countries", BASE + "regions", BASE + "groups", DATA_URL),
                p.sources().stream().map(s -> s.url().toString()).toList());
    }

    @Test
    void withoutMetadataOneRequestAndTheGroupsUnmatched() throws IOException {
        RecordedFetcher f = recorded();
        FetchedPanel p = new ImfDataMapperClient(f, ImfDataMapperClient.DEFAULT_BASE).withoutMetadata()
                .indicators(QUERY);
        ReadResult file = ImfDataMapperReader.withDefaults().read(Fixtures.resource(DATA));
        assertEquals(file.panel(), p.result().panel());
        assertEquals(List.of("ADVEC", "AFQ"), p.result().unmatched().stream().map(u -> u.key()).toList());
        assertEquals(1, f.requests().size());
    }

    @Test
    void urlsAreBuiltExactly() {
        ImfDataMapperClient imf = new ImfDataMapperClient(new RecordedFetcher(), ImfDataMapperClient.DEFAULT_BASE);
        assertEquals(List.of(URI.create(BASE + "NGDP_RPCH"), URI.create(BASE + "LUR")),
                imf.dataUrls(ImfQuery.of("NGDP_RPCH", "LUR")), "one request per indicator, all economies and years");
        assertEquals(List.of(URI.create(BASE + "NGDP_RPCH/USA/CHN?periods=2019,2020")),
                imf.dataUrls(ImfQuery.of("NGDP_RPCH").withEconomies("USA", "CHN").withPeriods(2019, 2020)));
        assertEquals(List.of(URI.create(BASE + "A%20B/K%2BE")), imf.dataUrls(ImfQuery.of("A B").withEconomies("K+E")));
        assertEquals(URI.create(BASE + "countries"), imf.metadataUrl("countries"));
        assertThrows(IllegalArgumentException.class, () -> ImfQuery.of());
    }

    @Test
    void aFailedMetadataFetchFailsTheWholeQuery() {
        RecordedFetcher f = recorded().failOn(BASE + "regions");
        IOException e = assertThrows(IOException.class, () -> new ImfDataMapperClient(f,
                ImfDataMapperClient.DEFAULT_BASE).indicators(QUERY));
        assertEquals(BASE + "regions: connection reset (recorded failure)", e.getMessage());
        assertEquals(0, f.count(DATA_URL));
    }

    @Test
    void overALoopbackServer() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.on("/api/v1/NGDP_RPCH/KEN/NOR?periods=2022,2023", LoopbackServer.Reply.resource("application/json", DATA));
            FetchedPanel p = new ImfDataMapperClient(Fetchers.create(FetchSettings.defaults().withCacheDir(cache)), server.uri("/api/v1/")).withoutMetadata()
                    .indicators(ImfQuery.of("NGDP_RPCH").withEconomies("KEN", "NOR").withPeriods(2022, 2023));
            assertEquals(ImfDataMapperReader.withDefaults().read(Fixtures.resource(DATA)).panel(), p.result().panel());
            assertEquals("application/json", server.accept("/api/v1/NGDP_RPCH/KEN/NOR"));
        }
    }
}
