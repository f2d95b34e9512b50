package org.divide.io.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.divide.io.MalformedDataException;
import org.junit.jupiter.api.Test;

class CorpusCountsReaderTest {

    private static final String HEADER = "crawl,primary_language,pages,urls,%pages/crawl\n";

    private static List<CorpusCounts> read(String text) throws IOException {
        return CorpusCountsReader.read(new StringReader(text), "languages.csv");
    }

    private static String error(String text) {
        return assertThrows(MalformedDataException.class, () -> read(text)).getMessage();
    }

    @Test
    void crawlsAreKeptApartWithUnknownPagesAside() throws IOException {
        List<CorpusCounts> c = read(HEADER + "C1,<unknown>,10,9,10.0\nC1,eng,60,50,60.0\nC1,hin,30,30,30.0\n"
                + "C2,eng,5,5,50.0\nC2,swa,5,4,50.0\n");
        assertEquals(2, c.size());
        assertEquals("C1", c.get(0).name());
        assertEquals(10.0, c.get(0).unknownPages());
        assertEquals(9.0, c.get(0).unknownUrls());
        assertEquals(90.0, c.get(0).detectedPages());
        assertEquals(List.of("eng", "hin"), List.copyOf(c.get(0).pagesByCode().keySet()));
        assertEquals(0.0, c.get(1).unknownPages());
        assertEquals(4.0, c.get(1).languages().get(1).urls());
        assertEquals(6, c.get(1).languages().get(1).line());
    }

    @Test
    void aFileWithoutCrawlsIsOneCorpusNamedAfterIt() throws IOException {
        List<CorpusCounts> c = CorpusCountsReader.read(new StringReader("language,pages\neng,2.5e9\nyor,1000\n"),
                "model-tokens.csv");
        assertEquals(1, c.size());
        assertEquals("model-tokens", c.get(0).name());
        assertEquals(2.5e9, c.get(0).languages().get(0).pages());
        assertTrue(Double.isNaN(c.get(0).languages().get(0).urls()));
    }

    @Test
    void badContentIsLocated() {
        assertEquals("languages.csv line 3, column 'pages': '12abc' is not a number",
                error(HEADER + "C1,eng,1,1,1\nC1,hin,12abc,1,1\n"));
        assertEquals("languages.csv line 2, column 'pages': '-4' is negative", error(HEADER + "C1,eng,-4,1,1\n"));
        assertEquals("languages.csv line 3, column 'primary_language': 'eng' is repeated in C1 (first on line 2)",
                error(HEADER + "C1,eng,1,1,1\nC1,eng,2,2,2\n"));
        assertEquals("languages.csv line 2, column 'primary_language': '' is not a language code (blank)",
                error(HEADER + "C1, ,1,1,1\n"));
        assertEquals("languages.csv line 2, column 'pages': '' is missing: every language needs its pages",
                error(HEADER + "C1,eng,,1,1\n"));
        assertTrue(error("crawl,code,urls\nC1,eng,1\n").startsWith("languages.csv line 1: missing column"
                + " 'primary_language'"));
        assertEquals("languages.csv line 1: no data rows after the header", error(HEADER));
        assertTrue(error(HEADER + "C1,eng,1\n").startsWith("languages.csv line 2: 3 fields but the header has 5"));
    }
}
