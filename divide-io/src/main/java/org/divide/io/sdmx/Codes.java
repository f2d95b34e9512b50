package org.divide.io.sdmx;

/** Small text rules of SDMX shared by the readers. */
final class Codes {

    private Codes() {
    }

    /**
     * Whether a text is an SDMX identifier or code ({@code IDType}: letters, digits and
     * {@code _ @ $ -}); a dimension value always is, a free-text attribute usually is not.
     *
     * @param text the text
     * @return {@code true} for a non-empty identifier
     */
    static boolean isCode(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
                    || c == '@' || c == '$' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return n > 0;
    }

    /**
     * The code of a "code: label" text (SDMX-CSV with labels): the part before the first
     * {@code ": "}, or the whole text.
     *
     * @param text the text
     * @return the code, stripped
     */
    static String code(String text) {
        int at = text.indexOf(": ");
        return (at < 0 ? text : text.substring(0, at)).strip();
    }

    /**
     * The label of a "code: label" text, or {@code null} when there is none.
     *
     * @param text the text
     * @return the label, stripped, or {@code null}
     */
    static String label(String text) {
        int at = text.indexOf(": ");
        return at < 0 ? null : text.substring(at + 2).strip();
    }
}
