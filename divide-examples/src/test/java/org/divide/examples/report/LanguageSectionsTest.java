package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The report's "Languages on the web" section on the embedded Common Crawl and CLDR data. */
class LanguageSectionsTest {

    @Test
    void theSectionHasItsChartsTablesAndSample() throws IOException {
        Html h = new Html();
        LanguageSections.languages(h);
        String html = h.toString();
        assertTrue(html.contains("<h2>Languages on the web</h2>"), html);
        assertEquals(3, html.split("<svg ", -1).length - 1, "Lorenz curves, income groups, crawls");
        assertEquals(3, html.split("class=\"lorenz\"", -1).length - 1, "one curve per crawl");
        // English 42.96 % of the pages of CC-MAIN-2026-04 against 19.02 % of the speakers (reference.py)
        assertTrue(html.contains("English holds 43.0% of the pages"), html);
        assertTrue(html.contains("against 19.0% of the speakers"), html);
        assertTrue(html.contains("Hindi (hi)") && html.contains("Swahili (sw)"), "under-represented languages");
        assertTrue(html.contains("<td>Low income</td>"), "income groups");
        assertTrue(html.contains("CC-MAIN-2018-34") && html.contains("Common Crawl, cc-crawl-statistics"));
        assertTrue(html.contains("<p class=\"sample\">Sample: "));
    }
}
