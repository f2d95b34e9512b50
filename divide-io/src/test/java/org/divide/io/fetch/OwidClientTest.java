package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.nio.file.Path;
import org.divide.io.Fixtures;
import org.divide.io.ReadResult;
import org.divide.io.owid.OwidCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwidClientTest {

    @TempDir
    Path cache;

    private static final String SLUG = "share-of-population-that-cannot-afford-a-healthy-diet";
    private static final String CSV = "owid/" + SLUG + ".csv";
    private static final String META = "owid/" + SLUG + ".metadata.json";
    private static final String QUERY = "?v=1&csvType=full&useColumnShortNames=false";
    private static final String CSV_URL = "https://ourworldindata.org/grapher/" + SLUG + ".csv" + QUERY;
    private static final String META_URL = "https://ourworldindata.org/grapher/" + SLUG + ".metadata.json" + QUERY;

    @Test
    void aChartIsThePanelOfTheDownloadedFiles() throws IOException {
        RecordedFetcher f = new RecordedFetcher().serve(CSV_URL, CSV).serve(META_URL, META);
        FetchedPanel p = new OwidClient(f, OwidClient.DEFAULT_BASE).chart(SLUG);
        ReadResult file = OwidCsvReader.withDefaults().read(Fixtures.resource(CSV));   // reads the metadata beside
        assertEquals(file.panel(), p.result().panel());
        assertEquals(file.aggregates(), p.result().aggregates());
        assertEquals(file.panel().indicators(), p.result().panel().indicators(), "named by the metadata");
        assertEquals(24.3, p.result().panel().value("ALB", p.result().panel().indicators().get(0).code(), 2017));
        assertEquals(List.of(URI.create(META_URL), URI.create(CSV_URL)), p.sources().stream().map(Provenance::url)
                .toList(), "metadata first");
        assertEquals(List.of("application/json", "text/csv"), f.requests().stream().map(FetchRequest::accept)
                .toList());
    }

    @Test
    void urlsAndSlugs() {
        OwidClient owid = new OwidClient(new RecordedFetcher(), URI.create("https://ourworldindata.org/grapher"));
        assertEquals(URI.create("https://ourworldindata.org/grapher/life-expectancy.csv" + QUERY),
                owid.csvUrl("life-expectancy"));
        assertEquals(URI.create("https://ourworldindata.org/grapher/life-expectancy.metadata.json" + QUERY),
                owid.metadataUrl("life-expectancy"));
        assertThrows(IllegalArgumentException.class, () -> owid.csvUrl("Life Expectancy"));
        assertThrows(IllegalArgumentException.class, () -> owid.csvUrl("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> owid.csvUrl("a--b"));
    }

    @Test
    void aFailedCsvFetchFailsTheChart() {
        RecordedFetcher f = new RecordedFetcher().serve(META_URL, META).failOn(CSV_URL);
        IOException e = assertThrows(IOException.class, () -> new OwidClient(f, OwidClient.DEFAULT_BASE).chart(SLUG));
        assertEquals(CSV_URL + ": connection reset (recorded failure)", e.getMessage());
    }

    @Test
    void overALoopbackServer() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.on("/grapher/" + SLUG + ".csv" + QUERY, LoopbackServer.Reply.resource("text/csv", CSV))
                    .on("/grapher/" + SLUG + ".metadata.json" + QUERY, LoopbackServer.Reply.resource("application/json", META));
            FetchedPanel p = new OwidClient(Fetchers.create(FetchSettings.defaults().withCacheDir(cache)), server.uri("/grapher/")).chart(SLUG);
            assertEquals(OwidCsvReader.withDefaults().read(Fixtures.resource(CSV)).panel(), p.result().panel());
            assertEquals("text/csv", server.accept("/grapher/" + SLUG + ".csv"));
        }
    }
}
