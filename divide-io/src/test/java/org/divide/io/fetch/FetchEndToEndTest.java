package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Panel;
import org.divide.io.Fixtures;
import org.divide.io.fetch.LoopbackServer.Reply;
import org.divide.io.imf.ImfDataMapperReader;
import org.divide.io.owid.OwidCsvReader;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.worldbank.WorldBankApiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack, as a command line uses it: {@link Fetchers#create} (HTTP fetcher and on-disk
 * cache in a temporary folder) under each provider client, against a {@link LoopbackServer}
 * replaying the recorded provider responses of the test resources. The fetched panels equal the
 * panels read from the same files; a second run offline reproduces them from the cache; faults
 * give one located line and leave the cache as it was.
 */
class FetchEndToEndTest {

    private static final String JSON = "application/json";
    private static final String WB_KEN = "worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json";
    private static final String WB_PATH = "/v2/country/KEN/indicator/SP.POP.TOTL";
    private static final String WB_QUERY = "?format=json&per_page=20000&page=1&date=2020:2023";
    private static final WorldBankQuery KEN = WorldBankQuery.of("SP.POP.TOTL").withEconomies("KEN")
            .withYears(2020, 2023);
    private static final String SLUG = "share-of-population-that-cannot-afford-a-healthy-diet";
    private static final String OWID_QUERY = "?v=1&csvType=full&useColumnShortNames=false";

    @TempDir
    Path cache;

    private FetchSettings settings() {
        return FetchSettings.defaults().withCacheDir(cache).withMaxRetries(1);
    }

    /** A provider fetch over a fetcher, so that each test runs it online and then offline. */
    private interface Run {
        FetchedPanel on(Fetcher fetcher) throws IOException;
    }

    /** Runs online, checks the panel, runs offline from the cache and checks it again, with no new request. */
    private void onlineThenOffline(LoopbackServer server, Run run, Panel expected, String path) throws IOException {
        FetchedPanel online = run.on(Fetchers.create(settings()));
        assertEquals(expected, online.result().panel());
        int asked = server.count(path);
        assertEquals(1, asked);
        FetchedPanel offline = run.on(Fetchers.create(settings().withOffline(true)));
        assertEquals(expected, offline.result().panel(), "offline, from the cache");
        assertEquals(asked, server.count(path), "offline touches no network");
        assertEquals(online.sources().stream().map(Provenance::sha256).toList(),
                offline.sources().stream().map(Provenance::sha256).toList(), "the same bodies");
    }

    @Test
    void worldBank() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.on(WB_PATH + WB_QUERY, Reply.resource(JSON, WB_KEN));
            Panel file = WorldBankApiReader.withDefaults().read(Fixtures.resource(WB_KEN)).panel();
            onlineThenOffline(server, f -> new WorldBankClient(f, server.uri("/v2/")).indicators(KEN), file, WB_PATH);
            assertEquals(4, file.valueCount());
        }
    }

    @Test
    void sdmxWithItsStructure() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            String data = "sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_structspec.xml";
            server.on("/service/structure/dataflow/ECB/AME/~", Reply.resource(
                    "application/vnd.sdmx.structure+xml;version=3.0.0", "fetch/ecb_AME_dataflow_structure30.xml"))
                    .on("/service/data/dataflow/ECB/AME/~/A.BEL.1.0.0.0.OVGD", Reply.resource(
                            "application/vnd.sdmx.structurespecificdata+xml;version=3.0.0", data));
            SdmxEndpoint ecb = SdmxEndpoint.ECB.withBase(server.uri("/service/")).withApi(SdmxEndpoint.Api.V3_0)
                    .withFormat(SdmxEndpoint.Format.SDMX_ML);
            Panel file = SdmxMlReader.withDefaults().read(Fixtures.resource(data)).panel();
            onlineThenOffline(server, f -> new SdmxClient(f, ecb).data(SdmxQuery.of("AME")
                    .withKey("A.BEL.1.0.0.0.OVGD")), file, "/service/data/dataflow/ECB/AME/~/A.BEL.1.0.0.0.OVGD");
            assertEquals(92.0142, file.value("BEL", "A.1.0.0.0.OVGD", 1960));
        }
    }

    @Test
    void imfDataMapper() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            String data = "imf/datamapper_synthetic.json";
            server.on("/api/v1/NGDP_RPCH/KEN/NOR", Reply.resource(JSON, data));
            Panel file = ImfDataMapperReader.withDefaults().read(Fixtures.resource(data)).panel();
            onlineThenOffline(server, f -> new ImfDataMapperClient(f, server.uri("/api/v1/")).withoutMetadata()
                    .indicators(ImfQuery.of("NGDP_RPCH").withEconomies("KEN", "NOR")), file,
                    "/api/v1/NGDP_RPCH/KEN/NOR");
        }
    }

    @Test
    void owid() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            String csv = "owid/" + SLUG + ".csv";
            server.on("/grapher/" + SLUG + ".csv", Reply.resource("text/csv", csv))
                    .on("/grapher/" + SLUG + ".metadata.json", Reply.resource(JSON, "owid/" + SLUG + ".metadata.json"));
            Panel file = OwidCsvReader.withDefaults().read(Fixtures.resource(csv)).panel();
            onlineThenOffline(server, f -> new OwidClient(f, server.uri("/grapher/")).chart(SLUG), file,
                    "/grapher/" + SLUG + ".csv");
        }
    }

    @Test
    void offlineWithoutACacheEntryFailsNamingTheUrlAndTheFolder() {
        WorldBankClient wb = new WorldBankClient(Fetchers.create(settings().withOffline(true)),
                java.net.URI.create("http://127.0.0.1:9/v2/"));
        IOException e = assertThrows(IOException.class, () -> wb.indicators(KEN));
        assertEquals("http://127.0.0.1:9" + WB_PATH + WB_QUERY + ": not in the cache (" + cache
                + ") and working offline (fetch it once online, or check the cache folder)", e.getMessage());
    }

    @Test
    void aServerFailingForeverGivesOneLocatedLineAndKeepsTheCachedCopy() throws IOException {
        faultKeepsTheCache(Reply.status(500), "HTTP 500 Internal Server Error after 2 attempts");
    }

    @Test
    void aTruncatedBodyGivesOneLocatedLineAndKeepsTheCachedCopy() throws IOException {
        faultKeepsTheCache(Reply.resource(JSON, WB_KEN).cutAfter(100), "the body ended after 100 of ");
    }

    private void faultKeepsTheCache(Reply fault, String what) throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.on(WB_PATH + WB_QUERY, Reply.resource(JSON, WB_KEN), fault);
            Panel first = new WorldBankClient(Fetchers.create(settings()), server.uri("/v2/")).indicators(KEN)
                    .result().panel();
            List<CacheEntry> before = Fetchers.cache(settings()).list();
            WorldBankClient refreshing = new WorldBankClient(Fetchers.create(settings().withRefresh(true)),
                    server.uri("/v2/"));
            IOException e = assertThrows(IOException.class, () -> refreshing.indicators(KEN));
            String message = e.getMessage();
            assertTrue(message.startsWith(server.uri(WB_PATH + WB_QUERY) + ": " + what), message);
            assertTrue(message.contains("; a cached copy fetched " + before.get(0).fetchedAt()
                    + " is kept and can be used offline"), message);
            assertFalse(message.contains("\n"), "one line");
            assertEquals(3, server.count(WB_PATH), "the first fetch, then two attempts");
            assertEquals(before.stream().map(CacheEntry::fetchedAt).toList(),
                    Fetchers.cache(settings()).list().stream().map(CacheEntry::fetchedAt).toList(), "entry intact");
            Panel offline = new WorldBankClient(Fetchers.create(settings().withOffline(true)), server.uri("/v2/"))
                    .indicators(KEN).result().panel();
            assertEquals(first, offline);
        }
    }
}
