package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.divide.io.sdmx.SdmxOptions;
import org.junit.jupiter.api.Test;

/** The calls and URLs shown in {@code docs/fetch.md} ("Providers"), checked exactly. */
class FetchGuideTest {

    private final RecordedFetcher fetcher = new RecordedFetcher();

    @Test
    void worldBank() {
        WorldBankClient wb = new WorldBankClient(fetcher, WorldBankClient.DEFAULT_BASE);
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/KEN;NOR/indicator/SP.POP.TOTL"
                + "?format=json&per_page=20000&page=1&date=2000:2023")), wb.firstPages(WorldBankQuery.of("SP.POP.TOTL")
                .withEconomies("KEN", "NOR").withYears(2000, 2023)));
        assertEquals(List.of(URI.create("https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL;NY.GDP.PCAP.CD"
                + "?format=json&per_page=20000&page=1&source=2")), wb.firstPages(WorldBankQuery.of("SP.POP.TOTL",
                "NY.GDP.PCAP.CD").withSource("2")));
    }

    @Test
    void sdmx() throws IOException {
        SdmxClient ecb = new SdmxClient(fetcher, SdmxEndpoint.ECB);
        SdmxQuery ame = SdmxQuery.of("AME").withKey("A.BEL.1.0.0.0.OVGD").withPeriod("2000", "2014");
        assertEquals(URI.create("https://data-api.ecb.europa.eu/service/dataflow/ECB/AME/latest"
                + "?references=datastructure"), ecb.structureUrl(ame));
        assertEquals(URI.create("https://data-api.ecb.europa.eu/service/data/ECB,AME,latest/A.BEL.1.0.0.0.OVGD"
                + "?startPeriod=2000&endPeriod=2014"), ecb.dataUrl(ame));
        fetcher.serve("https://stats.bis.org/api/v1/dataflow/BIS/BIS_DER/1.0?references=datastructure",
                "fetch/bis_BIS_DER_dataflow_structure21.xml")
                .serve("https://stats.bis.org/api/v1/data/BIS,BIS_DER,1.0/all", "sdmx/ml/bis_BIS_DER_structspec.xml");
        SdmxClient bis = new SdmxClient(fetcher, SdmxEndpoint.BIS.withFormat(SdmxEndpoint.Format.SDMX_ML))
                .withSdmx(SdmxOptions.defaults().withEconomy("DER_REP_CTY"));
        FetchedPanel der = bis.data(SdmxQuery.of("BIS_DER").withVersion("1.0"));
        assertEquals(360, der.result().panel().valueCount());
        assertEquals(DataStructureTest.BIS_DER, bis.structure(SdmxQuery.of("BIS_DER").withVersion("1.0"))
                .dimensions());
        SdmxClient imf = new SdmxClient(fetcher, SdmxEndpoint.IMF);
        assertEquals(URI.create("https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/CPI/~/USA+CAN.CPI._T.IX.M"
                + "?c%5BTIME_PERIOD%5D=ge:2020-01"), imf.dataUrl(SdmxQuery.of("CPI").withKey("USA+CAN.CPI._T.IX.M")
                .withPeriod("2020-01", null)));
    }

    @Test
    void imfAndOwid() {
        ImfDataMapperClient dm = new ImfDataMapperClient(fetcher, ImfDataMapperClient.DEFAULT_BASE);
        assertEquals(List.of(URI.create("https://www.imf.org/external/datamapper/api/v1/NGDP_RPCH/KEN/NOR"
                + "?periods=2022,2023")), dm.dataUrls(ImfQuery.of("NGDP_RPCH").withEconomies("KEN", "NOR")
                .withPeriods(2022, 2023)));
        assertEquals(URI.create("https://www.imf.org/external/datamapper/api/v1/groups"), dm.metadataUrl("groups"));
        OwidClient owid = new OwidClient(fetcher, OwidClient.DEFAULT_BASE);
        String slug = "share-of-population-that-cannot-afford-a-healthy-diet";
        assertEquals(URI.create("https://ourworldindata.org/grapher/" + slug
                + ".metadata.json?v=1&csvType=full&useColumnShortNames=false"), owid.metadataUrl(slug));
        assertEquals(URI.create("https://ourworldindata.org/grapher/" + slug
                + ".csv?v=1&csvType=full&useColumnShortNames=false"), owid.csvUrl(slug));
    }

    @Test
    void nonAsciiIsUtf8PercentEncoded() {
        assertEquals("C%C3%B4te%20d%27Ivoire", UrlText.encode("Côte d'Ivoire", ""));
        assertEquals("A.B+C*", UrlText.encode("A.B+C*", "+*"));
        assertEquals("A.B%2BC%2A", UrlText.encode("A.B+C*", ""));
    }
}
