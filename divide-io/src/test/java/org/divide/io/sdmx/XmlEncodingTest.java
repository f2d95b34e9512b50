package org.divide.io.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.divide.io.MalformedDataException;
import org.divide.io.internal.XmlInput;
import org.junit.jupiter.api.Test;

/**
 * The encodings of an SDMX-ML document: a byte that is not UTF-8 in a UTF-8 document is a located
 * error of the reader and nothing else (the JDK parser used to print its own "[Fatal Error]" line on
 * standard error beside it); a UTF-8 byte-order mark and a declared ISO-8859-1 still read.
 */
class XmlEncodingTest {


    @Test
    void aByteThatIsNotUtf8IsOneLocatedErrorAndNothingOnStandardError() throws Exception {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<m>\n<a>caf" + (char) 0 + "</a></m>")
                .getBytes(StandardCharsets.ISO_8859_1);
        bytes[bytes.length - 10] = (byte) 0xE9; // 'é' in Latin-1: not a UTF-8 sequence
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MalformedDataException e;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            e = assertThrows(MalformedDataException.class, () -> {
                var xml = XmlInput.open(new ByteArrayInputStream(bytes), "bad.xml");
                while (xml.hasNext()) {
                    xml.next();
                }
            });
        } finally {
            System.setErr(saved);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("bad.xml line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("bytes that are not valid UTF-8"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndLatin1StillRead() throws Exception {
        byte[] bom = ("\uFEFF<?xml version=\"1.0\"?><m><a>caf\u00E9</a></m>").getBytes(StandardCharsets.UTF_8);
        assertEquals("caf\u00E9", text(bom));
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><m><a>caf\u00E9</a></m>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00E9", text(latin1));
    }

    private static String text(byte[] bytes) throws Exception {
        var xml = XmlInput.open(new ByteArrayInputStream(bytes), "doc.xml");
        while (xml.hasNext()) {
            if (xml.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS && !xml.getText().isBlank()) {
                return xml.getText();
            }
        }
        return null;
    }
}
