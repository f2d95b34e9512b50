package org.divide.io.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.divide.core.Panel;
import org.divide.io.BadValueException;
import org.divide.io.ReadOptions;

/**
 * The one place where text becomes a value or a year and a value becomes text, so that every
 * reader and writer of this module follows the same rules.
 *
 * <p><b>Numbers.</b> A value is read as a number when, after stripping white space, it matches
 * {@code [+-]? digits [. digits] [(e|E) [+-] digits]} (or starts at the decimal separator, as
 * {@code .5}); with {@link ReadOptions#decimalComma()} the separator is a comma and a point is an
 * error. A text that is not a number but is one of {@link ReadOptions#missing()} (the empty text,
 * {@code ..}, {@code NA}, ...) is a missing value ({@code NaN}). Anything else ({@code 12abc},
 * {@code 1,234.5}, {@code 12%}, {@code Infinity}, {@code 0x1p3}, a number beyond the range of a
 * {@code double}) is an error. A number is therefore never mistaken for a missing marker: a
 * sentinel such as {@code -999} stays a number. A number becomes the correctly rounded
 * {@code double}, bit for bit the one of {@link Double#parseDouble(String)}, by
 * {@link DecimalToDouble} (Clinger's fast path and Eisel–Lemire for up to 19 significant digits).
 *
 * <p><b>Years.</b> A year is an integer of one to four digits between {@link Panel#MIN_YEAR} and
 * {@link Panel#MAX_YEAR}; {@code 2023Q1}, {@code 2023-05} or {@code 2023.0} are errors.
 *
 * <p><b>Writing.</b> {@link #format(double)} writes the shortest text that reads back as the same
 * {@code double}, without an exponent for magnitudes in [1e-7, 1e21) and without a trailing
 * {@code .0}; {@code NaN} becomes the empty text.
 */
public final class Values {

    private Values() {
    }

    /**
     * Reads a value.
     *
     * @param text    the text, non-null
     * @param options the missing-value texts and the decimal separator
     * @return the value, or {@code NaN} for a missing one
     * @throws IllegalArgumentException if the text is neither a number nor a missing-value text;
     *                                  the message quotes it
     */
    public static double number(String text, ReadOptions options) {
        char separator = options.decimalComma() ? ',' : '.';
        String s = strip(text);
        if (isNumber(s, separator)) {
            double v = DecimalToDouble.parse(s, separator);
            if (Double.isInfinite(v)) {
                throw new BadValueException(text, "is beyond the range of a double");
            }
            return v;
        }
        if (options.missing().contains(s.toLowerCase(Locale.ROOT))) {
            return Double.NaN;
        }
        String hint = separator == '.' && isNumber(s, ',') ? " (decimal comma? see ReadOptions.withDecimalComma)"
                : separator == ',' && isNumber(s, '.') ? " (decimal point, but a decimal comma was asked for)" : "";
        throw new BadValueException(text, "is not a number" + hint);
    }

    /**
     * Reads a calendar year.
     *
     * @param text the text, non-null
     * @return the year
     * @throws IllegalArgumentException if the text is not a year in the range a panel accepts;
     *                                  the message quotes it
     */
    public static int year(String text) {
        String s = strip(text);
        int n = s.length();
        boolean digits = n >= 1 && n <= 4;
        for (int i = 0; digits && i < n; i++) {
            char c = s.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            throw new BadValueException(text, "is not a calendar year");
        }
        int year = Integer.parseInt(s);
        if (year < Panel.MIN_YEAR || year > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside [" + Panel.MIN_YEAR + ", "
                    + Panel.MAX_YEAR + "]");
        }
        return year;
    }

    /**
     * Whether a text is a calendar year as {@link #year(String)} reads it (used to recognise year
     * columns in wide tables).
     *
     * @param text the text, non-null
     * @return {@code true} if {@link #year(String)} accepts it
     */
    public static boolean isYear(String text) {
        try {
            year(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Writes a value as the shortest text that reads back as the same {@code double}, in the
     * conventions of {@link NumberText} (integers below 10¹⁵ without a point, plain decimals in
     * [10⁻⁷, 10²¹), {@code -0}, scientific notation beyond): the one text of a value in every
     * output of divide (CSV, JSON, xlsx text, messages).
     *
     * @param value the value
     * @return the text; empty for {@code NaN}
     */
    public static String format(double value) {
        return new NumberText().format(value);
    }

    /**
     * Whether a text reads as a number under {@link #number(String, ReadOptions)} with a decimal
     * point (used by writers to tell numbers from text).
     *
     * @param text the text, non-null
     * @return {@code true} for a number
     */
    public static boolean isNumber(String text) {
        return isNumber(strip(text), '.');
    }

    private static String strip(String text) {
        int n = text.length();
        return n == 0 || text.charAt(0) > ' ' && text.charAt(n - 1) > ' ' ? text : text.strip();
    }

    private static boolean isNumber(String s, char separator) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        i = digits(s, i);
        int intDigits = i - start;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == separator) {
            int f = i + 1;
            i = digits(s, f);
            fracDigits = i - f;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int e = i;
            i = digits(s, i);
            if (i == e) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
