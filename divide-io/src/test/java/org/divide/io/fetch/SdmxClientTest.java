package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.nio.file.Path;
import org.divide.io.Fixtures;
import org.divide.io.ReadResult;
import org.divide.io.sdmx.SdmxCsvReader;
import org.divide.io.sdmx.SdmxJsonReader;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.sdmx.SdmxNotes;
import org.divide.io.sdmx.SdmxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdmxClientTest {

    @TempDir
    Path cache;

    private static final String BIS_DATA = "sdmx/ml/bis_BIS_DER_structspec.xml";
    private static final String ECB_DATA = "sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_structspec.xml";
    private static final String OECD_CSV = "sdmx/csv/oecd_DF_G20_PRICES_CHN_sdmxcsv10.csv";
    private static final String OECD_JSON = "sdmx/json/oecd_DF_AIR_GHG_2018_flat.json";

    @Test
    void bisStructureThenDataAsTheReaderReadsTheFileWithTheDsdsDimensions() throws IOException {
        String structure = "https://stats.bis.org/api/v1/dataflow/BIS/BIS_DER/1.0?references=datastructure";
        String data = "https://stats.bis.org/api/v1/data/BIS,BIS_DER,1.0/all";
        RecordedFetcher f = new RecordedFetcher().serve(structure, "fetch/bis_BIS_DER_dataflow_structure21.xml")
                .serve(data, BIS_DATA);
        SdmxOptions economy = SdmxOptions.defaults().withEconomy("DER_REP_CTY");
        FetchedPanel p = new SdmxClient(f, SdmxEndpoint.BIS.withFormat(SdmxEndpoint.Format.SDMX_ML)).withSdmx(economy)
                .data(SdmxQuery.of("BIS_DER").withVersion("1.0"));
        ReadResult file = SdmxMlReader.withDefaults().withSdmx(economy.withDimensions(
                DataStructureTest.BIS_DER.toArray(String[]::new))).read(Fixtures.resource(BIS_DATA));
        assertEquals(file.panel(), p.result().panel());
        assertEquals(List.of("5J"), p.result().unmatched().stream().map(u -> u.key()).toList());
        assertEquals(file.unmatched().get(0).records(), p.result().unmatched().get(0).records());
        assertEquals(42, p.result().panel().indicatorCount());
        assertEquals(6672.275, p.result().panel().value("5J", "A.U.A.B.A.1E.A.HKD.USD.A.A.3.C", 1992));
        assertEquals(List.of(URI.create(structure), URI.create(data)), p.sources().stream().map(Provenance::url)
                .toList());
        assertEquals(List.of("application/vnd.sdmx.structure+xml;version=2.1",
                "application/vnd.sdmx.structurespecificdata+xml;version=2.1"), f.requests().stream()
                .map(FetchRequest::accept).toList());
    }

    @Test
    void ecbOverApi30TakesTheEconomyFromTheDsdsRole() throws IOException {
        String structure = "https://data-api.ecb.europa.eu/service/structure/dataflow/ECB/AME/~"
                + "?references=datastructure";
        String data = "https://data-api.ecb.europa.eu/service/data/dataflow/ECB/AME/~/A.BEL.1.0.0.0.OVGD"
                + "?c%5BTIME_PERIOD%5D=ge:1960+le:2016";
        RecordedFetcher f = new RecordedFetcher().serve(structure, "fetch/ecb_AME_dataflow_structure30.xml")
                .serve(data, ECB_DATA);
        SdmxEndpoint ecb30 = SdmxEndpoint.ECB.withApi(SdmxEndpoint.Api.V3_0).withFormat(SdmxEndpoint.Format.SDMX_ML);
        FetchedPanel p = new SdmxClient(f, ecb30).data(SdmxQuery.of("AME").withKey("A.BEL.1.0.0.0.OVGD")
                .withPeriod("1960", "2016"));
        ReadResult file = SdmxMlReader.withDefaults().read(Fixtures.resource(ECB_DATA));
        assertEquals(file.panel(), p.result().panel());
        assertEquals("AME_REF_AREA", SdmxNotes.of(p.result()).economyDimension());
        assertEquals(92.0142, p.result().panel().value("BEL", "A.1.0.0.0.OVGD", 1960));
        assertEquals(List.of("application/vnd.sdmx.structure+xml;version=3.0.0",
                "application/vnd.sdmx.structurespecificdata+xml;version=3.0.0"), f.requests().stream()
                .map(FetchRequest::accept).toList());
    }

    @Test
    void oecdCsvAndJsonWithoutTheStructure() throws IOException {
        String csv = "https://sdmx.oecd.org/public/rest/data/OECD.SDD.TPS,DSD_G20_PRICES@DF_G20_PRICES,1.0/"
                + "CHN.A.N.CPI.PA._T.N.GY?startPeriod=1985";
        RecordedFetcher f = new RecordedFetcher().serve(csv, OECD_CSV);
        FetchedPanel p = new SdmxClient(f, SdmxEndpoint.OECD).withoutStructure().data(SdmxQuery
                .of("OECD.SDD.TPS", "DSD_G20_PRICES@DF_G20_PRICES").withVersion("1.0")
                .withKey("CHN.A.N.CPI.PA._T.N.GY").withPeriod("1985", null));
        assertEquals(SdmxCsvReader.withDefaults().read(Fixtures.resource(OECD_CSV)).panel(), p.result().panel());
        assertEquals(9.3, p.result().panel().value("CHN", "A.N.CPI.PA._T.N.GY", 1985));
        assertEquals("application/vnd.sdmx.data+csv;version=1.0.0", f.requests().get(0).accept());
        assertEquals(1, p.sources().size());

        String json = "https://sdmx.oecd.org/public/rest/data/OECD.ENV.EPI,DSD_AIR_GHG@DF_AIR_GHG,latest/"
                + "RUS+BRA+MEX+FRA+CAN+ITA+ESP.A.GHG+CO2+CH4+N2O._T.T_CO2E?startPeriod=2018&endPeriod=2018";
        f.serve(json, OECD_JSON);
        FetchedPanel q = new SdmxClient(f, SdmxEndpoint.OECD.withFormat(SdmxEndpoint.Format.SDMX_JSON))
                .withoutStructure().data(SdmxQuery.of("OECD.ENV.EPI", "DSD_AIR_GHG@DF_AIR_GHG")
                        .withKey("RUS+BRA+MEX+FRA+CAN+ITA+ESP.A.GHG+CO2+CH4+N2O._T.T_CO2E").withPeriod("2018", "2018"));
        assertEquals(SdmxJsonReader.withDefaults().read(Fixtures.resource(OECD_JSON)).panel(), q.result().panel());
        assertEquals(444942.92053508, q.result().panel().value("FRA", "A.GHG._T.T_CO2E", 2018));
        assertEquals("application/vnd.sdmx.data+json;version=1.0.0", f.requests().get(1).accept());
    }

    @Test
    void urlsAreBuiltExactly() {
        SdmxClient estat = new SdmxClient(new RecordedFetcher(), SdmxEndpoint.ESTAT);
        assertEquals(URI.create("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ESTAT,NRG_BAL_S,latest/"
                + "all"), estat.dataUrl(SdmxQuery.of("NRG_BAL_S")));
        assertEquals(URI.create("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/ESTAT,NRG_BAL_S,1.0/"
                + "A..GWH.AL+MK?endPeriod=2022"), estat.dataUrl(SdmxQuery.of("NRG_BAL_S").withVersion("1.0")
                .withKey("A..GWH.AL+MK").withPeriod(null, "2022")));
        assertEquals(URI.create("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/dataflow/ESTAT/NRG_BAL_S/"
                + "latest?references=datastructure"), estat.structureUrl(SdmxQuery.of("NRG_BAL_S")));
        SdmxClient imf = new SdmxClient(new RecordedFetcher(), SdmxEndpoint.IMF);
        assertEquals(URI.create("https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.RES/WEO/+/*"),
                imf.dataUrl(new SdmxQuery("IMF.RES", "WEO", "+", "", null, null)), "'+' (latest stable) is kept");
        assertEquals(URI.create("https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/CPI/~/"
                + "USA+CAN.CPI._T.IX.M?c%5BTIME_PERIOD%5D=ge:2020-01"), imf.dataUrl(SdmxQuery.of("CPI")
                .withKey("USA+CAN.CPI._T.IX.M").withPeriod("2020-01", null)));
        assertEquals(URI.create("https://api.imf.org/external/sdmx/3.0/structure/dataflow/IMF.STA/CPI/~"
                + "?references=datastructure"), imf.structureUrl(SdmxQuery.of("CPI")));
        SdmxClient ilo = new SdmxClient(new RecordedFetcher(), SdmxEndpoint.ILO);
        assertEquals(URI.create("https://sdmx.ilo.org/rest/data/ILO,DF_UNE_2EAP_SEX_AGE_RT,latest/KEN%20.A?"
                + "startPeriod=2000%2001&endPeriod=2023"), ilo.dataUrl(SdmxQuery.of("DF_UNE_2EAP_SEX_AGE_RT")
                .withKey("KEN .A").withPeriod("2000 01", "2023")), "spaces are %20");
    }

    @Test
    void presetsAndTheirOverrides() {
        assertEquals(URI.create("https://data-api.ecb.europa.eu/service/"), SdmxEndpoint.ECB.base());
        assertEquals(URI.create("https://sdmx.oecd.org/public/rest/"), SdmxEndpoint.OECD.base());
        assertEquals(URI.create("https://stats.bis.org/api/v1/"), SdmxEndpoint.BIS.base());
        assertEquals(SdmxEndpoint.Api.V3_0, SdmxEndpoint.IMF.api());
        assertEquals(SdmxEndpoint.Format.SDMX_CSV, SdmxEndpoint.ILO.format());
        SdmxEndpoint mirror = SdmxEndpoint.OECD.withBase(URI.create("http://127.0.0.1:9/rest"));
        assertEquals(URI.create("http://127.0.0.1:9/rest/"), mirror.base(), "a final / is added");
        assertEquals("OECD", mirror.agency());
        assertThrows(IllegalArgumentException.class, () -> SdmxEndpoint.ECB.withBase(URI.create("ftp://x.org/")));
        assertThrows(IllegalArgumentException.class, () -> SdmxQuery.of(" "));
    }

    @Test
    void aFailedStructureFetchFailsTheWholeQuery() {
        String structure = "https://stats.bis.org/api/v1/dataflow/BIS/BIS_DER/latest?references=datastructure";
        RecordedFetcher f = new RecordedFetcher().failOn(structure).serve(
                "https://stats.bis.org/api/v1/data/BIS,BIS_DER,latest/all", BIS_DATA);
        IOException e = assertThrows(IOException.class, () -> new SdmxClient(f, SdmxEndpoint.BIS).data(
                SdmxQuery.of("BIS_DER")));
        assertEquals(structure + ": connection reset (recorded failure)", e.getMessage());
        assertEquals(1, f.requests().size(), "no data request after the failure");
    }

    @Test
    void overALoopbackServer() throws IOException {
        try (LoopbackServer server = LoopbackServer.start()) {
            String path = "/rest/data/OECD.SDD.TPS,DSD_G20_PRICES@DF_G20_PRICES,1.0/CHN.A.N.CPI.PA._T.N.GY";
            server.on(path, LoopbackServer.Reply.resource("application/vnd.sdmx.data+csv;version=1.0.0", OECD_CSV));
            FetchedPanel p = new SdmxClient(Fetchers.create(FetchSettings.defaults().withCacheDir(cache)),
                    SdmxEndpoint.OECD.withBase(server.uri("/rest/")))
                    .withoutStructure().data(SdmxQuery.of("OECD.SDD.TPS", "DSD_G20_PRICES@DF_G20_PRICES")
                            .withVersion("1.0").withKey("CHN.A.N.CPI.PA._T.N.GY"));
            assertEquals(SdmxCsvReader.withDefaults().read(Fixtures.resource(OECD_CSV)).panel(), p.result().panel());
            assertEquals("application/vnd.sdmx.data+csv;version=1.0.0", server.accept(path));
        }
    }
}
