package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.divide.io.fetch.SdmxEndpoint;
import org.junit.jupiter.api.Test;

/** The grammar of {@code --data wb:…}, {@code sdmx:…}, {@code imf:…}, {@code owid:…} ({@link FetchSpec}). */
class FetchSpecTest {

    private final FetchOptions options = new FetchOptions();

    @Test
    void worldBankImfAndOwid() {
        FetchSpec.WorldBank wb = (FetchSpec.WorldBank) FetchSpec.parse("WB:IT.NET.BBND.P2; SP.POP.TOTL", options);
        assertEquals(List.of("IT.NET.BBND.P2", "SP.POP.TOTL"), wb.query().indicators());
        assertEquals(URI.create("https://api.worldbank.org/v2/"), wb.base());
        assertEquals("wb:IT.NET.BBND.P2;SP.POP.TOTL", wb.label());
        assertEquals("worldbank-api", wb.format());
        FetchSpec.Imf imf = (FetchSpec.Imf) FetchSpec.parse("imf:NGDPD", options);
        assertEquals(List.of("NGDPD"), imf.query().indicators());
        FetchSpec.Owid owid = (FetchSpec.Owid) FetchSpec.parse("owid:share-of-population-that-cannot-afford-a-healthy"
                + "-diet", options);
        assertEquals("share-of-population-that-cannot-afford-a-healthy-diet", owid.slug());
    }

    @Test
    void sdmxPresetFlowAndKey() {
        FetchSpec.Sdmx ecb = (FetchSpec.Sdmx) FetchSpec.parse("sdmx:ecb:AME:A.BEL.1.0.0.0.OVGD", options);
        assertEquals(SdmxEndpoint.ECB, ecb.endpoint());
        assertEquals("AME", ecb.query().flow());
        assertEquals("A.BEL.1.0.0.0.OVGD", ecb.query().key());
        assertEquals("sdmx:ECB:AME:A.BEL.1.0.0.0.OVGD", ecb.label());
        FetchSpec.Sdmx oecd = (FetchSpec.Sdmx) FetchSpec.parse("sdmx:OECD:OECD.SDD.TPS,DSD_G20_PRICES@DF_G20_PRICES,1.0",
                options);
        assertEquals("OECD.SDD.TPS", oecd.query().agency());
        assertEquals("DSD_G20_PRICES@DF_G20_PRICES", oecd.query().flow());
        assertEquals("1.0", oecd.query().version());
        assertEquals("", oecd.query().key());
    }

    @Test
    void providerBases() {
        options.providerBases = Map.of("WB", "http://127.0.0.1:8080/v2/", "sdmx:ECB", "https://mirror.example.org/ecb/");
        assertEquals(URI.create("http://127.0.0.1:8080/v2/"), ((FetchSpec.WorldBank) FetchSpec.parse("wb:X", options))
                .base());
        assertEquals(URI.create("https://mirror.example.org/ecb/"), ((FetchSpec.Sdmx) FetchSpec.parse("sdmx:ECB:AME",
                options)).endpoint().base());
        options.providerBases = Map.of("wb", "ftp://example.org/");
        assertEquals("--provider-base wb ftp://example.org/: give an absolute http or https URL, such as"
                + " https://mirror.example.org/v2/", assertThrows(IllegalArgumentException.class,
                        () -> FetchSpec.parse("wb:X", options)).getMessage());
    }

    @Test
    void malformedArgumentsSayWhatIsExpected() {
        assertEquals("--data wb:: name what to fetch after 'wb:' (wb:CODE[;CODE...], such as wb:IT.NET.BBND.P2)",
                assertThrows(IllegalArgumentException.class, () -> FetchSpec.parse("wb:", options)).getMessage());
        assertEquals("--data sdmx:ECB: give sdmx:PRESET:FLOW[:KEY] (sdmx:PRESET:FLOW[:KEY], such as"
                + " sdmx:ECB:AME:A.BEL.1.0.0.0.OVGD)", assertThrows(IllegalArgumentException.class,
                        () -> FetchSpec.parse("sdmx:ECB", options)).getMessage());
        assertEquals("--data sdmx:ECB:A,B,C,D: the flow 'A,B,C,D' is neither an id nor AGENCY,ID[,VERSION]",
                assertThrows(IllegalArgumentException.class, () -> FetchSpec.parse("sdmx:ECB:A,B,C,D", options))
                        .getMessage());
    }

    @Test
    void onlyTheFourPrefixesAreFetches() {
        assertTrue(FetchSpec.names("wb:IT.NET.BBND.P2"));
        assertTrue(FetchSpec.names("OWID:slug"));
        assertFalse(FetchSpec.names("data.csv"));
        assertFalse(FetchSpec.names("C:\\data\\wb.csv"));
        assertFalse(FetchSpec.names("https://example.org/x.csv"));
    }
}
