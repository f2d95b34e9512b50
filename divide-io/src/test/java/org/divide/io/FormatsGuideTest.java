package org.divide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.io.csv.CoinrIDataReader;
import org.divide.io.csv.CoinrNotes;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.LongLayout;
import org.divide.io.csv.MissingCells;
import org.divide.io.csv.TableCsv;
import org.divide.io.csv.WideCsv;
import org.divide.io.csv.WideCsvReader;
import org.divide.io.csv.WideLayout;
import org.divide.io.imf.ImfDataMapperReader;
import org.divide.io.json.PanelJson;
import org.divide.io.json.PanelJsonReader;
import org.divide.io.json.TableJson;
import org.divide.io.owid.OwidCsvReader;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.sdmx.SdmxNotes;
import org.divide.io.sdmx.SdmxOptions;
import org.divide.io.worldbank.WdiBulkCsvReader;
import org.divide.io.worldbank.WdiLongCsvReader;
import org.divide.io.worldbank.WorldBankApiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls shown in {@code docs/formats.md}, run on the test fixtures. */
class FormatsGuideTest {

    @Test
    void everyReaderOfTheGuide() throws IOException {
        ReadResult r = WdiLongCsvReader.withDefaults().read(Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv"));
        Panel economies = r.panel();
        Panel aggregates = r.aggregates();
        assertEquals(55339003, economies.value("KEN", "SP.POP.TOTL", 2023));
        assertTrue(aggregates.economyIndex("WLD") >= 0);
        assertTrue(r.isClean());

        ReadResult bulk = WdiBulkCsvReader.withDefaults()
                .read(Fixtures.resource("worldbank/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv"));
        assertEquals("current US$", bulk.panel().indicator("NY.GDP.PCAP.CD").unit());

        ReadResult api = WorldBankApiReader.withDefaults()
                .read(Fixtures.resource("worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json"));
        assertEquals(4, api.panel().valueCount());

        ReadResult owid = OwidCsvReader.withDefaults()
                .read(Fixtures.resource("owid/share-of-population-that-cannot-afford-a-healthy-diet.csv"));
        assertEquals(12, owid.aggregates().economies().size());

        ReadResult imf = ImfDataMapperReader.withDefaults()
                .withMetadata(Fixtures.resource("imf/datamapper_indicators_synthetic.json"))
                .withMetadata(Fixtures.resource("imf/datamapper_groups_synthetic.json"))
                .read(Fixtures.resource("imf/datamapper_synthetic.json"));
        assertTrue(imf.isClean());

        ReadOptions lenient = ReadOptions.defaults().withBadRecords(BadRecordPolicy.SKIP);
        ReadOptions french = ReadOptions.defaults().withDecimalComma(true);
        assertEquals(BadRecordPolicy.SKIP, lenient.badRecords());
        assertTrue(french.decimalComma());
    }

    @Test
    void everyWriterOfTheGuide(@TempDir Path dir) throws IOException {
        Panel panel = Fixtures.panel();
        LongCsv.write(panel, dir.resolve("out.csv"));
        StringWriter writer = new StringWriter();
        LongCsv.write(panel, writer, CsvOptions.defaults(), MissingCells.WRITE_EMPTY);
        WideCsv.writeYear(panel, 2021, writer, CsvOptions.defaults());
        WideCsv.writeIndicatorsAcross(panel, writer, CsvOptions.defaults());
        WideCsv.writeYearsAcross(panel, writer, CsvOptions.defaults());
        List<List<Object>> rows = List.of(List.of("KEN", 0.41, 97), List.of("NOR", 0.78, 3));
        TableCsv.write(List.of("economy", "score", "rank"), rows, writer, CsvOptions.defaults());
        TableJson.write(List.of("economy", "score", "rank"), rows, writer);
        PanelJson.write(panel, dir.resolve("panel.json"));
        assertEquals(panel, PanelJsonReader.withDefaults().read(dir.resolve("panel.json")).panel());

        LongLayout layout = LongLayout.defaults().withEconomy("economy").withYear("year").withValue("value");
        ReadResult back = LongCsvReader.withDefaults().withLayout(layout).withOptions(Fixtures.options())
                .read(dir.resolve("out.csv"));
        assertEquals(panel.toRows(), back.panel().toRows());
        StringWriter wide = new StringWriter();
        WideCsv.writeIndicatorsAcross(panel, wide, CsvOptions.defaults());
        assertEquals(panel, WideCsvReader.withDefaults().withLayout(WideLayout.indicatorsAcross("year"))
                .withOptions(Fixtures.options()).read(new java.io.StringReader(wide.toString()), "wide.csv").panel());
    }

    @Test
    void anyFileAndTheConfiguredReadersOfTheGuide() throws IOException {
        Path wdi = Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv");
        assertEquals(PanelFormat.WDI, PanelFormats.detect(wdi));
        ReadResult r = PanelReader.withDefaults().read(wdi);
        assertEquals(55339003, r.panel().value("KEN", "SP.POP.TOTL", 2023));
        assertEquals(FormatNotes.none(), r.notes());

        WorldBankApiReader api = WorldBankApiReader.withDefaults();
        ReadResult pages = api.readPages(List.of(Fixtures.resource("worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json")));
        assertEquals(4, pages.panel().valueCount());

        ReadResult ecb = SdmxMlReader.withDefaults()
                .read(Fixtures.resource("sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_structspec.xml"));
        assertEquals(1, SdmxNotes.of(ecb).series());
        ReadResult insee = SdmxMlReader.withDefaults().withSdmx(SdmxOptions.defaults().withFixedEconomy("FRA"))
                .read(Fixtures.resource("sdmx/ml/insee_IPI-2010-A21_generic.xml"));
        assertTrue(insee.panel().valueCount() > 0);
    }

    @Test
    void coinrIData(@TempDir Path dir) throws IOException {
        ReadResult r = CoinrIDataReader.withDefaults().read(Fixtures.testdata("asem/ASEM_iData.csv"));
        Grouping eurAsia = CoinrNotes.of(r).grouping("EurAsia_group").orElseThrow();
        assertEquals(30, eurAsia.members("Europe").size());
        assertEquals(21, eurAsia.members("Asia").size());
        Path noTime = java.nio.file.Files.writeString(dir.resolve("iData_without_Time.csv"), "uCode,LPI\nAUT,4.1\n");
        ReadResult one = CoinrIDataReader.withDefaults().withYear(2018).read(noTime);
        assertEquals(4.1, one.panel().value("AUT", "LPI", 2018));
    }
}
