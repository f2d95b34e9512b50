package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SplittableRandom;
import org.divide.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private static final ReadOptions POINT = ReadOptions.defaults();
    private static final ReadOptions COMMA = ReadOptions.defaults().withDecimalComma(true);

    @Test
    void readsNumbers() {
        assertEquals(12.5, Values.number("12.5", POINT));
        assertEquals(-0.5, Values.number(" -.5 ", POINT));
        assertEquals(1.5e-3, Values.number("1.5E-3", POINT));
        assertEquals(1e10, Values.number("+1e10", POINT));
        assertEquals(7, Values.number("7.", POINT));
        assertEquals(12.5, Values.number("12,5", COMMA));
        assertEquals(-1234.5, Values.number("-1234,5", COMMA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "..", ":", "NA", "n/a", "#N/A", "NaN", "null"})
    void readsMissingTexts(String text) {
        assertTrue(Double.isNaN(Values.number(text, POINT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1,234.5", "12%", "Infinity", "0x1p3", "12d", "1e", "-", ".", "e5", "1 000"})
    void rejectsGarbageQuotingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Values.number(text, POINT));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void hintsAtTheDecimalSeparator() {
        assertTrue(Values.number("1", COMMA) == 1);
        String comma = assertThrows(IllegalArgumentException.class, () -> Values.number("12,5", POINT)).getMessage();
        assertTrue(comma.contains("decimal comma"), comma);
        String point = assertThrows(IllegalArgumentException.class, () -> Values.number("12.5", COMMA)).getMessage();
        assertTrue(point.contains("decimal point"), point);
    }

    @Test
    void rejectsOverflow() {
        String m = assertThrows(IllegalArgumentException.class, () -> Values.number("1e999", POINT)).getMessage();
        assertTrue(m.contains("'1e999'"), m);
    }

    @Test
    void customMissingTextsKeepTheEmptyOne() {
        ReadOptions dash = POINT.withMissing(Set.of("-", "x"));
        assertTrue(Double.isNaN(Values.number("-", dash)));
        assertTrue(Double.isNaN(Values.number("X", dash)));
        assertTrue(Double.isNaN(Values.number("", dash)));
        assertThrows(IllegalArgumentException.class, () -> Values.number("..", dash));
        assertEquals(-999, Values.number("-999", dash), "a number is never a missing marker");
    }

    @Test
    void readsYears() {
        assertEquals(2023, Values.year(" 2023 "));
        assertTrue(Values.isYear("1960"));
        assertFalse(Values.isYear("2023Q1"));
        assertFalse(Values.isYear(""));
        assertThrows(IllegalArgumentException.class, () -> Values.year("2023.0"));
        String m = assertThrows(IllegalArgumentException.class, () -> Values.year("999")).getMessage();
        assertTrue(m.contains("999"), m);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, -1, 55339003, 0.1, 1.0 / 3, 1e-7, 9.99e-8, 1e20, 1e21, 123456789012345678.0,
        -2.5e-300, Double.MAX_VALUE, Double.MIN_VALUE})
    void formatsShortestRoundTrip(double v) {
        String s = Values.format(v);
        assertEquals(Double.valueOf(v), Double.valueOf(Values.number(s, POINT)), s);
    }

    @Test
    void formatsReadably() {
        assertEquals("55339003", Values.format(55339003));
        assertEquals("0.1", Values.format(0.1));
        assertEquals("12.5", Values.format(12.5));
        assertEquals("0.00000123", Values.format(1.23e-6));
        assertEquals("1.0E-10", Values.format(1e-10));
        assertEquals("", Values.format(Double.NaN));
        assertEquals("-0", Values.format(-0.0));
    }

    @Test
    void neutralisesFormulas() {
        assertEquals("'=1+2", FormulaGuard.neutralise("=1+2"));
        assertEquals("'@SUM(A1)", FormulaGuard.neutralise("@SUM(A1)"));
        assertEquals("'+cmd", FormulaGuard.neutralise("+cmd"));
        assertEquals("'-cmd", FormulaGuard.neutralise("-cmd"));
        assertEquals("-3.5", FormulaGuard.neutralise("-3.5"));
        assertEquals("+1e3", FormulaGuard.neutralise("+1e3"));
        assertEquals("Kenya", FormulaGuard.neutralise("Kenya"));
        assertEquals("", FormulaGuard.neutralise(""));
    }

    /**
     * Numbers are the doubles of Double.parseDouble, bit for bit: random decimals of 1 to 17
     * significant digits, leading zeros, signs, the point anywhere, exponents, with either
     * separator; and the classic hard cases.
     */
    @Test
    void numbersAreTheDoublesOfParseDouble() {
        ReadOptions comma = POINT.withDecimalComma(true);
        SplittableRandom random = new SplittableRandom(1207);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder s = new StringBuilder(random.nextInt(3) == 0 ? "-" : random.nextInt(2) == 0 ? "+" : "");
            int length = random.nextInt(1, 18);
            String digits = "0".repeat(random.nextInt(0, 3))
                    + String.format("%0" + length + "d", random.nextLong(0, (long) Math.pow(10, length)));
            int point = random.nextInt(0, digits.length() + 1);
            s.append(digits, 0, point).append('.').append(digits, point, digits.length());
            if (random.nextInt(4) == 0) {
                s.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-330, 309));
            }
            String text = s.toString();
            long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
            if (Double.isInfinite(Double.parseDouble(text))) {
                continue;
            }
            assertEquals(expected, Double.doubleToRawLongBits(Values.number(text, POINT)), text);
            assertEquals(expected, Double.doubleToRawLongBits(Values.number(text.replace('.', ','), comma)), text);
        }
        for (String t : new String[] {"2.2250738585072011e-308", "9007199254740993", "9007199254740992.5", "-0",
            "0.1", "123456789012345.6", "1.7976931348623157e308", "4.9e-324", "1e23", "8.41e21", "2.47e-324"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(Values.number(t, POINT)), t);
        }
    }
}
