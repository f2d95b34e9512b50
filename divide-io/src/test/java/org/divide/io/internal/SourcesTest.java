package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.divide.io.MalformedDataException;
import org.junit.jupiter.api.Test;

class SourcesTest {

    private static String readAll(byte[] bytes) throws IOException {
        try (Reader r = Sources.open(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, "s.csv")) {
            StringWriter out = new StringWriter();
            char[] buffer = new char[777];
            for (int n; (n = r.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
            }
            return out.toString();
        }
    }

    @Test
    void decodesMultiByteCharactersAcrossBuffersAndSkipsTheBom() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            text.append("Côte d’Ivoire,CIV,").append(i).append(",€\n");
        }
        String expected = text.toString();
        assertEquals(expected, readAll(("\uFEFF" + expected).getBytes(StandardCharsets.UTF_8)));
        assertEquals("", readAll(new byte[0]));
        assertEquals("", readAll("\uFEFF".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badBytesAreNamedByLineAndOffsetFarIntoTheInput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 12345; i++) {
            bytes.write("Côte d’Ivoire,CIV,2020,1\n".getBytes(StandardCharsets.UTF_8));
        }
        int offset = bytes.size() + 2;
        bytes.write(new byte[] {'K', 'E', (byte) 0xC9, 'N', '\n'});
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> readAll(bytes.toByteArray()));
        assertEquals("s.csv line 12346: bytes that are not valid UTF-8 at byte offset " + offset
                + " (wrong encoding? see CsvOptions.withCharset)", e.getMessage());
    }

    @Test
    void truncatedMultiByteCharacterAtTheEndIsAnError() {
        byte[] euro = "x€".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(euro, euro.length - 1);
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> readAll(cut));
        assertEquals("s.csv line 1: bytes that are not valid UTF-8 at byte offset 1 (wrong encoding? see "
                + "CsvOptions.withCharset)", e.getMessage());
    }
}
