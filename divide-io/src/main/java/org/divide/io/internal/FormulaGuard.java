package org.divide.io.internal;

/**
 * Neutralises spreadsheet formula injection in text written to CSV (and spreadsheet) cells.
 *
 * <p>A spreadsheet program evaluates a cell whose text starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some programs, with a tab or a carriage return) as a formula, so
 * a name such as {@code =HYPERLINK("http://evil", "Kenya")} in a data file would run when the
 * written file is opened. Writers of this module pass every text cell through
 * {@link #neutralise(String)}, which prefixes such a text with an apostrophe ({@code '}), the
 * spreadsheet convention for "text, not formula". Numbers, including negative ones
 * ({@code -3.5}, {@code -1e-3}), are left alone. Reading the file back therefore returns the text
 * with the apostrophe: the protection is one way, by design (OWASP "CSV injection").
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /**
     * The text as a spreadsheet will show it rather than evaluate it.
     *
     * @param text the cell text, non-null
     * @return the text, prefixed with {@code '} if it starts with {@code = + - @}, a tab or a
     *         carriage return and is not a number
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !Values.isNumber(text) ? "'" + text : text;
    }
}
