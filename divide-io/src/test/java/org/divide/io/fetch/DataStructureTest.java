package org.divide.io.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.sdmx.SdmxOptions;
import org.junit.jupiter.api.Test;

class DataStructureTest {

    static final List<String> BIS_DER = List.of("FREQ", "DER_TYPE", "DER_INSTR", "DER_RISK", "DER_REP_CTY",
            "DER_SECTOR_CPY", "DER_CPC", "DER_SECTOR_UDL", "DER_CURR_LEG1", "DER_CURR_LEG2", "DER_ISSUE_MAT",
            "DER_RATING", "DER_EX_METHOD", "DER_BASIS");

    static final List<String> ECB_AME = List.of("FREQ", "AME_REF_AREA", "AME_TRANSFORMATION", "AME_AGG_METHOD",
            "AME_UNIT", "AME_REFERENCE", "AME_ITEM");

    private static DataStructure read(String resource) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.resource(resource))) {
            return DataStructure.read(in, resource);
        }
    }

    @Test
    void sdmx21DataflowWithItsStructure() throws IOException {
        DataStructure d = read("fetch/bis_BIS_DER_dataflow_structure21.xml");
        assertEquals("BIS", d.agency());
        assertEquals("BIS_DER", d.id());
        assertEquals("1.0", d.version());
        assertEquals(BIS_DER, d.dimensions(), "the attribute relationships' dimension references are not dimensions");
        assertEquals("TIME_PERIOD", d.timeDimension());
        assertEquals(List.of("AVAILABILITY", "COLLECTION", "DECIMALS", "UNIT_MULT", "UNIT_MEASURE", "OBS_STATUS",
                "OBS_CONF"), d.attributes());
        assertEquals("OBS_VALUE", d.measure());
        assertNull(d.economyDimension(), "no dimension declares the REF_AREA role");
    }

    @Test
    void sdmx30StructureOrderedByPositionWithTheRefAreaRole() throws IOException {
        DataStructure d = read("fetch/ecb_AME_dataflow_structure30.xml");
        assertEquals("ECB", d.agency());
        assertEquals("ECB_AME1", d.id());
        assertEquals(ECB_AME, d.dimensions());
        assertEquals("AME_REF_AREA", d.economyDimension());
        assertEquals(List.of("EXT_TITLE", "TITLE_COMPL", "EXT_UNIT", "OBS_STATUS"), d.attributes());
        assertEquals("OBS_VALUE", d.measure(), "the measure, not the measure named in a relationship");
    }

    @Test
    void theStructureBecomesTheReadersMapping() throws IOException {
        DataStructure ecb = read("fetch/ecb_AME_dataflow_structure30.xml");
        SdmxOptions o = ecb.applyTo(SdmxOptions.defaults());
        assertEquals(ECB_AME, o.dimensions());
        assertEquals("AME_REF_AREA", o.economy());
        assertEquals("TIME_PERIOD", o.time());
        assertEquals("OBS_VALUE", o.measure());
        assertEquals("GEO", ecb.applyTo(SdmxOptions.defaults().withEconomy("GEO")).economy(), "the caller's wins");
        assertEquals("BEL", ecb.applyTo(SdmxOptions.defaults().withFixedEconomy("BEL")).fixedEconomy());
        assertNull(ecb.applyTo(SdmxOptions.defaults().withFixedEconomy("BEL")).economy());
        DataStructure bis = read("fetch/bis_BIS_DER_dataflow_structure21.xml");
        assertEquals("DER_REP_CTY", bis.applyTo(SdmxOptions.defaults().withEconomy("DER_REP_CTY")).economy());
        assertNull(bis.applyTo(SdmxOptions.defaults()).economy(), "left to the reader's own search");
    }

    @Test
    void aMessageWithoutADataStructureIsRejected() {
        String xml = "<?xml version=\"1.0\"?><mes:Structure xmlns:mes=\"m\"><mes:Structures/></mes:Structure>";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> DataStructure.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "https://x.org/dataflow"));
        assertEquals("https://x.org/dataflow: no DataStructure in the structure message", e.getMessage());
    }

    @Test
    void externalEntitiesAreRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<s><DataStructure agencyID=\"A\" id=\"&x;\" version=\"1\"/></s>";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> DataStructure.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dsd.xml"));
        assertTrue(e.getMessage().startsWith("dsd.xml"), e.getMessage());
    }

    @Test
    void malformedXmlNamesTheLine() {
        String xml = "<?xml version=\"1.0\"?>\n<s>\n<DataStructure agencyID=\"A\" id=\"B\" version=\"1\">\n</s>";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> DataStructure.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dsd.xml"));
        assertTrue(e.getMessage().startsWith("dsd.xml line 4, column 3: malformed XML"), e.getMessage());
    }
}
