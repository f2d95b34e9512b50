package org.divide.io.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelReader;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML and workbooks: entity expansion, external DTDs and entities (in SDMX-ML and inside an
 * xlsx), a zip bomb made here, a sheet beyond the cell limit — each refused fast with a located
 * error in the words of the error grammar, nothing of a local file leaking into the message.
 */
class HostileXmlTest {

    private static final ReadOptions NONE = ReadOptions.defaults().withResolver(EconomyResolver.none());
    private static final String SECRET = "divide-secret-canary";

    @TempDir
    Path dir;

    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n<message:GenericData xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">"
            + "&lol9;</message:GenericData>\n";

    private Path secret() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    private static MalformedDataException sdmx(String name, String xml) {
        return Hostile.fails(name, () -> SdmxMlReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() {
        MalformedDataException e = sdmx("lol.xml", BILLION_LAUGHS);
        assertFalse(e.getMessage().contains("lollol"), e.getMessage());
        assertEquals(13, e.location().line(), e.getMessage()); // where the DOCTYPE ends
        assertTrue(e.getMessage().contains("DOCTYPE declarations are refused"), e.getMessage());
    }

    @Test
    void externalDtdAndEntitiesAreRefusedWithoutReadingTheFile() throws IOException {
        String uri = secret().toUri().toString();
        String[] documents = {
            "<?xml version=\"1.0\"?>\n<!DOCTYPE m SYSTEM \"" + uri + "\">\n<m>x</m>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n<m>&xxe;</m>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>\n<m>x</m>",
        };
        for (String xml : documents) {
            MalformedDataException e = sdmx("x.xml", xml);
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertTrue(e.location().line() >= 1, e.getMessage());
        }
        MalformedDataException undeclared = sdmx("u.xml", "<?xml version=\"1.0\"?>\n<message:GenericData"
                + " xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">\n  &nope;"
                + "</message:GenericData>");
        assertEquals(3, undeclared.location().line(), undeclared.getMessage());
        assertTrue(undeclared.getMessage().startsWith("u.xml line 3, column "), undeclared.getMessage());
        assertTrue(undeclared.getMessage().contains(": malformed XML: "), undeclared.getMessage());
    }

    private static byte[] workbook(int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("S");
            String[] header = {"economy", "indicator", "year", "value"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < 4; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("KEN");
                row.createCell(1).setCellValue("X");
                row.createCell(2).setCellValue(2000 + r);
                row.createCell(3).setCellValue(r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A copy of a workbook with one part replaced (or added), the part given as a stream. */
    private static byte[] withPart(byte[] book, String part, InputStream content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (!entry.getName().equals(part)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(part));
            content.transferTo(zip);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A stream of {@code n} zero bytes, made on the fly. */
    private static InputStream zeros(long n) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) 0);
                left -= k;
                return k;
            }
        };
    }

    @Test
    void aZipBombWorkbookIsRefusedBeforePoiInflatesIt() throws IOException {
        byte[] bomb = withPart(workbook(1), "xl/media/image1.bin", zeros(300L << 20));
        assertTrue(bomb.length < 2 << 20, bomb.length + " bytes");
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb);
        MalformedDataException e = Hostile.fails("bomb.xlsx", () -> PanelReader.withDefaults().withOptions(NONE)
                .read(file));
        assertEquals("bomb.xlsx: a workbook whose parts inflate to more than 268435456 bytes (at part"
                + " 'xl/media/image1.bin'; a zip bomb?) (limit ReadLimits.maxDecompressedBytes; raise it with"
                + " ReadOptions.withLimits)", e.getMessage());
        ReadOptions small = NONE.withLimits(ReadLimits.defaults().withMaxDecompressedBytes(1 << 20));
        byte[] smaller = withPart(workbook(1), "xl/media/image1.bin", zeros(4L << 20));
        e = Hostile.fails("b.xlsx", () -> XlsxReader.withDefaults().withOptions(small)
                .read(new ByteArrayInputStream(smaller), "b.xlsx"));
        assertTrue(e.getMessage().contains("more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void entitiesInsideAWorkbookAreRefusedInTheGrammar() throws IOException {
        String uri = secret().toUri().toString();
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w [<!ENTITY xxe SYSTEM \"" + uri
                + "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        byte[] book = withPart(workbook(1), "xl/worksheets/sheet1.xml",
                new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)));
        MalformedDataException e = Hostile.fails("xxe.xlsx", () -> XlsxReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(book), "xxe.xlsx"));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().startsWith("xxe.xlsx: not a readable xlsx or xls workbook ("), e.getMessage());
        byte[] laughs = withPart(workbook(1), "xl/worksheets/sheet1.xml",
                new ByteArrayInputStream(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8)));
        e = Hostile.fails("lol.xlsx", () -> XlsxReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(laughs), "lol.xlsx"));
        assertFalse(e.getMessage().contains("lollol"), e.getMessage());
    }

    @Test
    void aTruncatedWorkbookIsRefusedBeforePoiFallsBackToStreaming() throws IOException {
        byte[] book = workbook(3);
        byte[] cut = java.util.Arrays.copyOf(book, book.length - 30);
        Path file = Files.write(dir.resolve("cut.xlsx"), cut);
        String expected = "cut.xlsx: not a readable xlsx or xls workbook (a damaged or truncated zip: its central"
                + " directory is missing)";
        assertEquals(expected, Hostile.fails("cut.xlsx", () -> XlsxReader.withDefaults().withOptions(NONE)
                .read(file)).getMessage());
        assertEquals(expected, Hostile.fails("cut.xlsx", () -> XlsxReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(cut), "cut.xlsx")).getMessage());
    }

    @Test
    void aSheetBeyondTheCellLimitNamesTheSheet() throws IOException {
        byte[] book = workbook(10);
        ReadOptions few = NONE.withLimits(ReadLimits.defaults().withMaxCells(20));
        MalformedDataException e = Hostile.fails("c.xlsx", () -> XlsxReader.withDefaults().withOptions(few)
                .read(new ByteArrayInputStream(book), "c.xlsx"));
        assertEquals("c.xlsx [sheet 'S']: a sheet of more than 20 cells (limit ReadLimits.maxCells; raise it with"
                + " ReadOptions.withLimits)", e.getMessage());
        assertEquals("S", e.location().sheet());
        assertEquals(10, XlsxReader.withDefaults().withOptions(NONE).read(new ByteArrayInputStream(book), "c.xlsx")
                .panel().yearCount());
    }

    @Test
    void aHeaderOnlySheetIsLocatedAtItsHeaderRow() throws IOException {
        byte[] book = workbook(0);
        MalformedDataException e = Hostile.fails("h.xlsx", () -> PanelReader.withDefaults().withOptions(NONE)
                .withFormat(PanelFormat.XLSX).read(new ByteArrayInputStream(book), "h.xlsx"));
        assertEquals("h.xlsx [sheet 'S'] line 1: no data rows after the header (an empty panel is accepted with"
                + " ReadOptions.withAllowEmpty(true))", e.getMessage());
        assertEquals("S", e.location().sheet());
    }
}
