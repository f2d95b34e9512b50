package org.divide.io.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2023, 2023, ANNUAL, 1, ''",
        "2023-A1, 2023, ANNUAL, 1, ''",
        "2023-S2, 2023, SEMIANNUAL, 2, S2",
        "2023T3, 2023, TRIMESTER, 3, T3",
        "2023-Q1, 2023, QUARTERLY, 1, Q1",
        "2023Q4, 2023, QUARTERLY, 4, Q4",
        "2015-10, 2015, MONTHLY, 10, M10",
        "2015-M05, 2015, MONTHLY, 5, M05",
        "2015M05, 2015, MONTHLY, 5, M05",
        "2020-W53, 2020, WEEKLY, 53, W53",
        "2013-01-18, 2013, DAILY, 18, D018",
        "2024-12-31, 2024, DAILY, 366, D366",
        "2024-D060, 2024, DAILY, 60, D060",
        "' 1990 ', 1990, ANNUAL, 1, ''"
    })
    void readsTheSdmxForms(String text, int year, Frequency frequency, int number, String suffix) {
        Period p = Period.parse(text);
        assertEquals(new Period(year, frequency, number), p);
        assertEquals(suffix, p.suffix());
        assertEquals(frequency == Frequency.ANNUAL, p.isAnnual());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23", "2023-13", "2023-Q5", "2023-Q01", "2023-W7", "2023-02-30", "2023-X1",
        "2023-01-18T00:00:00", "2023-01/P3M", "0999", "abcd", "2023.0"})
    void rejectsOtherTextNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not an SDMX time period"), e.getMessage());
    }

    @Test
    void printsTheReportingForm() {
        assertEquals("2023-Q1", Period.parse("2023Q1").toString());
        assertEquals("2015-M05", Period.parse("2015-05").toString());
        assertEquals("2023", Period.parse("2023-A1").toString());
    }

    @Test
    void constructorChecksTheNumber() {
        assertThrows(IllegalArgumentException.class, () -> new Period(2020, Frequency.QUARTERLY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Period(2020, Frequency.MONTHLY, 13));
        assertThrows(IllegalArgumentException.class, () -> new Period(999, Frequency.ANNUAL, 1));
    }
}
