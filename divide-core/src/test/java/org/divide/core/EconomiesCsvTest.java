package org.divide.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small CSV reader of the bundled registry files, and the name normalisation. */
class EconomiesCsvTest {

    @Test
    void splitsQuotedFieldsWithCommasAndQuotes() {
        assertEquals(List.of("AFG", "Middle East, North Africa", "", "say \"hi\"", ""),
                EconomiesCsv.parseLine("t", 1, "AFG,\"Middle East, North Africa\",,\"say \"\"hi\"\"\","));
        assertEquals(List.of(""), EconomiesCsv.parseLine("t", 1, ""));
        assertEquals(List.of("", ""), EconomiesCsv.parseLine("t", 1, ","));
        assertEquals(List.of("a,b"), EconomiesCsv.parseLine("t", 1, "\"a,b\""));
    }

    @Test
    void rejectsBrokenQuotes() {
        IllegalStateException open = assertThrows(IllegalStateException.class,
                () -> EconomiesCsv.parseLine("f.csv", 7, "a,\"b,c"));
        assertEquals("f.csv line 7: unclosed quote: 'a,\"b,c'", open.getMessage());
        IllegalStateException after = assertThrows(IllegalStateException.class,
                () -> EconomiesCsv.parseLine("f.csv", 2, "\"a\"b,c"));
        assertEquals("f.csv line 2: text after closing quote at column 4: '\"a\"b,c'", after.getMessage());
    }

    @Test
    void skipsCommentsAndBlankLinesAndChecksWidth() {
        EconomiesCsv.Table t = EconomiesCsv.read("f.csv", List.of("# origin", "code,name", "", "A,\"x, y\"", "B,,extra"));
        assertEquals(List.of("code", "name"), t.header());
        assertEquals(2, t.records().size());
        assertEquals("x, y", t.records().get(0).get(1));
        assertEquals(4, t.records().get(0).line());
        assertNull(t.records().get(1).get(1));
        assertEquals("extra", t.records().get(1).get(2));
        IllegalStateException required = assertThrows(IllegalStateException.class,
                () -> t.records().get(1).required(1, "name"));
        assertEquals("f.csv line 5: name is empty", required.getMessage());
        IllegalStateException shortRow = assertThrows(IllegalStateException.class,
                () -> EconomiesCsv.read("f.csv", List.of("a,b,c", "1,2")));
        assertEquals("f.csv line 2: 2 fields, the header has 3: '1,2'", shortRow.getMessage());
        assertThrows(IllegalStateException.class, () -> EconomiesCsv.read("f.csv", List.of("# only a comment")));
        IllegalStateException header = assertThrows(IllegalStateException.class, () -> t.expect("iso3"));
        assertEquals("f.csv: header must start with [iso3], found [code, name]", header.getMessage());
        assertThrows(IllegalStateException.class, () -> EconomiesCsv.readResource("economies/missing.csv"));
    }

    @Test
    void nameKeys() {
        assertEquals("cote divoire", EconomyNames.key("Côte d’Ivoire"));
        assertEquals("cote divoire", EconomyNames.key("Cote d'Ivoire"));
        assertEquals("gambia", EconomyNames.key("Gambia, The"));
        assertEquals("saint kitts and nevis", EconomyNames.key("St. Kitts & Nevis"));
        assertEquals("korea rep", EconomyNames.key("  KOREA,   Rep. "));
        assertEquals("aland islands", EconomyNames.key("Åland Islands"));
        assertEquals("", EconomyNames.key(" ,.- "));
        assertEquals("south asia", EconomyNames.withoutWorldBankSuffix(EconomyNames.key("South Asia (WB)")));
        assertNull(EconomyNames.withoutWorldBankSuffix("south asia"));
    }

    @Test
    void editDistanceAndSuggestions() {
        assertEquals(0, EconomyNames.distance("abc", "abc"));
        assertEquals(3, EconomyNames.distance("", "abc"));
        assertEquals(1, EconomyNames.distance("germny", "germany"));
        assertEquals(3, EconomyNames.distance("kitten", "sitting"));
        assertEquals(List.of("germany"), EconomyNames.closest("germny", List.of("france", "germany", "armenia")));
        assertEquals(List.of(), EconomyNames.closest("zzzzzz", List.of("france", "germany")));
    }
}
