package org.divide.io.sdmx;

import static org.divide.io.sdmx.SdmxFixtures.NONE;
import static org.divide.io.sdmx.SdmxFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SDMX-ML on real provider messages. Expected counts come from Python's
 * {@code xml.etree.ElementTree} (a DOM parser, independent of this StAX reader): Series elements,
 * Obs elements, and Obs with a non-empty value.
 */
class SdmxMlTest {

    private static final String ECB_KEY = "A.1.0.0.0.OVGD";

    @Test
    void ecbGenericAndStructureSpecificTwinsGiveIdenticalPanels() throws IOException {
        ReadResult generic = SdmxMlReader.withDefaults().read(file("ml/ecb_AME_A.BEL.1.0.0.0.OVGD_generic.xml"));
        ReadResult specific = SdmxMlReader.withDefaults().read(file("ml/ecb_AME_A.BEL.1.0.0.0.OVGD_structspec.xml"));
        for (ReadResult r : List.of(generic, specific)) {
            // python: 1 series, 57 observations (1960-2016), all with a value
            assertEquals(1, SdmxNotes.of(r).series());
            assertEquals(57, SdmxNotes.of(r).observations());
            assertEquals("AME_REF_AREA", SdmxNotes.of(r).economyDimension());
            assertEquals(List.of("FREQ", "AME_TRANSFORMATION", "AME_AGG_METHOD", "AME_UNIT", "AME_REFERENCE",
                    "AME_ITEM"), SdmxNotes.of(r).indicatorDimensions());
            assertEquals("ECB_AME1", SdmxNotes.of(r).structure());
            assertTrue(r.isClean());
        }
        Panel p = generic.panel();
        assertEquals(p, specific.panel());
        assertEquals("Belgium", p.economy("BEL").name());
        assertEquals(List.of(ECB_KEY), p.indicators().stream().map(i -> i.code()).toList());
        assertEquals(57, p.valueCount());
        assertEquals(92.0142, p.value("BEL", ECB_KEY, 1960));
        assertEquals(96.591, p.value("BEL", ECB_KEY, 1961));
    }

    @Test
    void inseeMixesMonthlyAndAnnualSeriesWithoutMergingThem() throws IOException {
        Path path = file("ml/insee_IPI-2010-A21_generic.xml");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxMlReader.withDefaults()
                .read(path));
        assertTrue(e.getMessage().startsWith("insee_IPI-2010-A21_generic.xml line 35, column 20: no economy dimension"
                + " among the dimensions [FREQ, PRODUIT, NATURE]"), e.getMessage());
        ReadResult r = SdmxMlReader.withDefaults().withSdmx(SdmxOptions.defaults().withFixedEconomy("FRA")).read(path);
        // python: 20 series (10 monthly x 310 observations, 1990-01..2015-10, newest first; 10
        // annual: 5 x 25 (1990-2014) and 5 x 1 (2010 weights)), 3230 observations
        assertEquals(20, SdmxNotes.of(r).series());
        assertEquals(3230, SdmxNotes.of(r).observations());
        assertEquals("FR1:IPI-2010-A21(1.0)", SdmxNotes.of(r).structure());
        assertEquals("", SdmxNotes.of(r).economyDimension());
        Panel p = r.panel();
        assertEquals(List.of("FRA"), p.economies().stream().map(x -> x.code()).toList());
        assertEquals(10 * 12 + 10, p.indicatorCount(), "monthly series split by month, annual ones plain");
        assertEquals(3230, p.valueCount());
        assertEquals(105.61, p.value("FRA", "M.B.BRUT@M10", 2015));
        assertEquals(139.22, p.value("FRA", "M.B.BRUT@M01", 1990));
        assertEquals(89.98, p.value("FRA", "A.F.BRUT", 2014));
        assertEquals(138905, p.value("FRA", "A.C.POND", 2010));
        assertTrue(Double.isNaN(p.value("FRA", "M.B.BRUT@M11", 2015)), "no November 2015 yet");
        assertEquals("Indice brut de la production industrielle (base 100 en 2010) - Industries extractives (NAF rév. 2,"
                + " niveau section, poste B) (M10)", p.indicator("M.B.BRUT@M10").name(), "the series TITLE");

        ReadResult annual = SdmxMlReader.withDefaults().withSdmx(SdmxOptions.defaults().withFixedEconomy("FRA")
                .withSubAnnual( SubAnnualPolicy.REJECT)).withOptions(ReadOptions.defaults()
                .withBadRecords(BadRecordPolicy.SKIP).withMaxSkipped( 5000)).read(path);
        assertEquals(130, SdmxNotes.of(annual).observations());
        assertEquals(3100, annual.skipped().size());
        assertEquals(10, annual.panel().indicatorCount());
    }

    @Test
    void bisNeedsItsEconomyNamedAndKeepsEmptyValuesMissing() throws IOException {
        Path path = file("ml/bis_BIS_DER_structspec.xml");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxMlReader.withDefaults()
                .read(path));
        assertTrue(e.getMessage().contains("no economy dimension among the dimensions [FREQ, DER_TYPE, DER_INSTR,"
                + " DER_RISK, DER_REP_CTY,"), e.getMessage());
        ReadResult r = SdmxMlReader.withDefaults().withSdmx(SdmxOptions.defaults().withEconomy("DER_REP_CTY"))
                .read(path);
        // python: 42 series, 1000 observations, 360 with a value (640 OBS_VALUE="" with OBS_STATUS=M)
        assertEquals(42, SdmxNotes.of(r).series());
        assertEquals(1000, SdmxNotes.of(r).observations());
        assertEquals("BIS:BIS_DER(1.0)", SdmxNotes.of(r).structure());
        List<UnmatchedEconomy> unmatched = r.unmatched();
        assertEquals(List.of("5J"), unmatched.stream().map(UnmatchedEconomy::key).toList());
        assertEquals(1000, unmatched.get(0).records());
        Panel p = r.panel();
        assertEquals(42, p.indicatorCount(), "AVAILABILITY and COLLECTION are attributes, not key dimensions");
        assertEquals(360, p.valueCount());
        assertEquals(6672.275, p.value("5J", "A.U.A.B.A.1E.A.HKD.USD.A.A.3.C", 1992));
        assertTrue(Double.isNaN(p.value("5J", "A.U.A.B.A.1E.A.HKD.TO1.A.A.3.C", 2002)));
    }

    @Test
    void eurostatLowerCaseIdsAndIso2Codes() throws IOException {
        ReadResult r = SdmxMlReader.withDefaults().read(file("ml/estat_NRG_BAL_S_AL_structspec.xml"));
        // python: 1 series, 33 observations (1990-2022)
        assertEquals(1, SdmxNotes.of(r).series());
        assertEquals(33, SdmxNotes.of(r).observations());
        assertEquals("geo", SdmxNotes.of(r).economyDimension());
        assertEquals("ESTAT:NRG_BAL_S(1.0)", SdmxNotes.of(r).structure());
        Panel p = r.panel();
        assertEquals("ALB", p.economies().get(0).code(), "AL resolved through the registry");
        String key = "C0000X0350-0370.GWH.A.AFC";
        assertEquals(6644.088, p.value("ALB", key, 1990));
        assertEquals(1668.153, p.value("ALB", key, 2022));
        assertEquals(33, p.valueCount());
        SdmxOptions dsd = SdmxOptions.defaults().withDimensions("freq", "nrg_bal", "siec", "unit", "geo");
        assertEquals(List.of("A.AFC.C0000X0350-0370.GWH"), SdmxMlReader.withDefaults().withSdmx(dsd)
                .read(file("ml/estat_NRG_BAL_S_AL_structspec.xml"))
                .panel().indicators().stream().map(i -> i.code()).toList());
    }

    @Test
    void imfWeoFromTheSharedFolderWhenPresent() throws IOException {
        Path path = shared("providers/sdmx-ml/imf_WEO_SVK.NGDP_R.A_structspec.xml");
        Assumptions.assumeTrue(path != null, "the shared data folder is not beside the checkout");
        ReadResult r = SdmxMlReader.withDefaults().read(path);
        // python: 1 series, 1 observation; Group elements and SCALE=9 are not applied
        assertEquals(1, SdmxNotes.of(r).series());
        assertEquals(1, SdmxNotes.of(r).observations());
        assertEquals("COUNTRY", SdmxNotes.of(r).economyDimension());
        assertEquals(List.of("INDICATOR"), SdmxNotes.of(r).indicatorDimensions());
        assertEquals(94669000000.0, r.panel().value("SVK", "NGDP_R", 2018));
    }

    @Test
    void crossSectionAndFlatLayouts() throws IOException {
        String head = "<?xml version=\"1.0\"?><m:StructureSpecificData xmlns:m=\"urn:m\"><m:Header><m:Structure"
                + " structureID=\"S\" dimensionAtObservation=\"%s\"/></m:Header><DataSet structureRef=\"S\">";
        String cross = head.formatted("REF_AREA") + "<Series FREQ=\"A\" TIME_PERIOD=\"2020\"><Obs REF_AREA=\"KEN\""
                + " OBS_VALUE=\"1.5\" OBS_STATUS=\"A\"/><Obs REF_AREA=\"NOR\" OBS_VALUE=\"2\"/></Series></DataSet>"
                + "</m:StructureSpecificData>";
        String flat = head.formatted("AllDimensions") + "<Obs FREQ=\"A\" REF_AREA=\"KEN\" TIME_PERIOD=\"2020\""
                + " OBS_VALUE=\"1.5\" OBS_STATUS=\"A\"/><Obs FREQ=\"A\" REF_AREA=\"NOR\" TIME_PERIOD=\"2020\""
                + " OBS_VALUE=\"2\"/></DataSet></m:StructureSpecificData>";
        String genericFlat = "<GenericData><Header><Structure structureID=\"S\" dimensionAtObservation=\"AllDimensions\"/>"
                + "</Header><DataSet><Obs><ObsKey><Value id=\"FREQ\" value=\"A\"/><Value id=\"REF_AREA\" value=\"KEN\"/>"
                + "<Value id=\"TIME_PERIOD\" value=\"2020\"/></ObsKey><ObsValue value=\"1.5\"/></Obs><Obs><ObsKey>"
                + "<Value id=\"FREQ\" value=\"A\"/><Value id=\"REF_AREA\" value=\"NOR\"/><Value id=\"TIME_PERIOD\""
                + " value=\"2020\"/></ObsKey><ObsValue value=\"2\"/><Attributes><Value id=\"OBS_STATUS\" value=\"A\"/>"
                + "</Attributes></Obs></DataSet></GenericData>";
        Panel a = read(cross).panel();
        Panel b = read(flat).panel();
        assertEquals(a, b);
        assertEquals(a, read(genericFlat).panel());
        assertEquals(1.5, a.value("KEN", "A", 2020));
        assertEquals(2, a.value("NOR", "A", 2020));
    }

    @Test
    void badObservationNamesLineAndColumn() {
        String xml = specific("<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/>\n<Obs TIME_PERIOD=\"2021\""
                + " OBS_VALUE=\"1..2\"/>");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml));
        assertEquals("m.xml line 3, column 43: '1..2' is not a number", e.getMessage());
        String noTime = specific("<Obs OBS_VALUE=\"1\"/>");
        e = assertThrows(MalformedDataException.class, () -> read(noTime));
        assertTrue(e.getMessage().startsWith("m.xml line 2, column 85: no time dimension 'TIME_PERIOD' in this"
                + " observation or its series (dimensions [REF_AREA, FREQ])"), e.getMessage());
    }

    @Test
    void truncatedEmptyAndForeignDocumentsAreNamed() {
        String xml = specific("<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/>");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml.substring(0,
                xml.length() - 30)));
        assertTrue(e.getMessage().startsWith("m.xml line 2, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed XML: The element type \"DataSet\" must be terminated by the"
                + " matching end-tag"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read(xml.substring(0, 60)));
        assertTrue(e.getMessage().contains("malformed XML: XML document structures must start and end within the"
                + " same entity."), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read(""));
        assertEquals("m.xml: empty input: no XML document", e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("DATAFLOW,REF_AREA\n"));
        assertTrue(e.getMessage().startsWith("m.xml line 1, column 1: malformed XML: "), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("<CompactData><DataSet/></CompactData>"));
        assertTrue(e.getMessage().startsWith("m.xml line 1, column 14: not an SDMX-ML 2.1 data message: the root"
                + " element is 'CompactData'"), e.getMessage());
    }

    /** A structure-specific message with one series (REF_AREA=KEN, FREQ=A) holding the given Obs. */
    static String specific(String observations) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StructureSpecificData><DataSet><Series REF_AREA=\"KEN\""
                + " FREQ=\"A\">" + observations + "</Series></DataSet></StructureSpecificData>";
    }

    private static ReadResult read(String xml) throws IOException {
        return SdmxMlReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "m.xml");
    }

    /** A file of the project's shared data, looked for in the parent folders, or {@code null}. */
    private static Path shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
