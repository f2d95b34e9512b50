package org.divide.io.sdmx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** XML attacks on the SDMX-ML reader fail cleanly, quickly, and without reading anything else. */
class SdmxMlSecurityTest {

    @Test
    void externalEntityIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + SdmxMlTest.specific("<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\" OBS_STATUS=\"&xxe;\"/>")
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("x.xml line 2, column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": DOCTYPE declarations are refused (DTDs and external entities are"
                + " disabled for security)"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void externalDtdIsNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<d/>";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("DOCTYPE declarations are refused"), e.getMessage());
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "\n<StructureSpecificData><DataSet><Series REF_AREA=\"&lol9;\""
                + " FREQ=\"A\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1\"/></Series></DataSet></StructureSpecificData>";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("x.xml line 2, column "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations are refused"), e.getMessage());
    }

    @Test
    void undeclaredEntityWithoutDoctypeIsAnXmlError() {
        String xml = SdmxMlTest.specific("<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"&x;\"/>");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("x.xml line 2, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed XML: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
    }

    private static ReadResult read(String xml) throws IOException {
        return SdmxMlReader.withDefaults()
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml");
    }
}
