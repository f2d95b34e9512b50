package org.divide.io;

import org.divide.io.internal.Values;

/**
 * How the readers of divide-io turn text into a value or a year, for programs that read a table
 * of their own and want the same rules and messages (the rules are those of
 * {@code docs/formats.md}: a number is {@code [+-]digits[.digits][e[+-]digits]}, a missing-value
 * text of {@link ReadOptions#missing()} is {@code NaN}, anything else is an error; a year has one
 * to four digits).
 *
 * <pre>{@code
 * double v = ValueText.number("12.5", ReadOptions.defaults());   // 12.5
 * double m = ValueText.number("..", ReadOptions.defaults());     // NaN
 * int y = ValueText.year("2023");                                 // 2023
 * }</pre>
 */
public final class ValueText {

    private ValueText() {
    }

    /**
     * Reads a value by the readers' rules.
     *
     * @param text    the text, non-null
     * @param options the missing-value texts and the decimal separator
     * @return the value, or {@code NaN} for a missing one
     * @throws IllegalArgumentException if the text is neither a number nor a missing-value text;
     *                                  the message quotes it
     */
    public static double number(String text, ReadOptions options) {
        return Values.number(text, options);
    }

    /**
     * Reads a calendar year by the readers' rules.
     *
     * @param text the text, non-null
     * @return the year
     * @throws IllegalArgumentException if the text is not a year a panel accepts; the message
     *                                  quotes it
     */
    public static int year(String text) {
        return Values.year(text);
    }
}
