package org.divide.io;

import java.util.regex.Pattern;

/**
 * The text rules of the error grammar (see {@code docs/errors.md}): offending values are quoted
 * shortened to at most {@value #MAX_VALUE} characters, whole messages to at most
 * {@value #MAX_MESSAGE}, and the messages of third-party parsers are stripped of class and method
 * names before they are quoted.
 *
 * <pre>{@code
 * ErrorText.value("1,1,1,...")   // "'1,1,1,1,1,…' (3000114 characters)" past 100 characters
 * ErrorText.clip(message, 300)   // one line, at most 300 characters
 * }</pre>
 */
public final class ErrorText {

    /** The most characters of an offending value a message quotes. */
    public static final int MAX_VALUE = 100;
    /** The most characters of a reason a {@link MalformedDataException} carries. */
    public static final int MAX_MESSAGE = 500;

    /** A qualified Java class name such as {@code org.apache.poi.ooxml.POIXMLException}, with its colon. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net|io|edu)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"
            + "(?:\\.[a-zA-Z_][A-Za-z0-9_$]*)*(?:\\(\\))?:?\\s*");
    /** A simple exception class name followed by a colon, as in {@code XmlException: ...}. */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");
    /** A method reference such as {@code StreamReadConstraints.getMaxNestingDepth()}. */
    private static final Pattern METHOD = Pattern.compile("\\b[A-Z][A-Za-z0-9_$]*\\.[a-z][A-Za-z0-9_$]*\\(\\)");

    private ErrorText() {
    }

    /**
     * An offending value quoted for a message: in single quotes, line breaks shown as {@code \n},
     * and when longer than {@value #MAX_VALUE} characters its start followed by an ellipsis and the
     * original length, such as {@code '1,1,1,…' (3000114 characters)}.
     *
     * @param value the value, or {@code null}
     * @return the quoted value ({@code null} as {@code 'null'})
     */
    public static String value(String value) {
        String v = String.valueOf(value);
        if (v.length() <= MAX_VALUE) {
            return "'" + oneLine(v) + "'";
        }
        int end = Character.isHighSurrogate(v.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
        return "'" + oneLine(v.substring(0, end)) + "…' (" + v.length() + " characters)";
    }

    /**
     * A text cut to one line of at most {@code max} characters (its first line; an ellipsis marks
     * a cut).
     *
     * @param text the text, or {@code null}
     * @param max  the most characters, at least 2
     * @return the clipped text
     */
    public static String clip(String text, int max) {
        String t = text == null ? "" : text;
        int newline = t.indexOf('\n');
        boolean cut = newline >= 0 && !t.substring(newline).isBlank();
        String line = (newline < 0 ? t : t.substring(0, newline)).replace('\r', ' ').replace('\t', ' ').strip();
        if (line.length() > max) {
            int end = Character.isHighSurrogate(line.charAt(max - 2)) ? max - 2 : max - 1;
            return line.substring(0, end) + "…";
        }
        return cut && line.length() < max ? line + "…" : line;
    }

    /**
     * The message of a third-party exception (a parser's) made fit to quote: qualified class
     * names, exception class prefixes and method references removed, cut to one line of at most
     * {@value #MAX_VALUE} characters.
     *
     * @param message the message, or {@code null}
     * @return the cleaned message (empty if nothing is left)
     */
    public static String scrub(String message) {
        return scrub(message, MAX_VALUE);
    }

    /**
     * The message of an exception made fit to show, as {@link #scrub(String)} but cut to
     * {@code max} characters.
     *
     * @param message the message, or {@code null}
     * @param max     the most characters, at least 2
     * @return the cleaned message (empty if nothing is left)
     */
    public static String scrub(String message, int max) {
        if (message == null) {
            return "";
        }
        String m = clip(message, Math.max(max, MAX_MESSAGE) * 4);
        m = QUALIFIED.matcher(m).replaceAll("");
        m = EXCEPTION_PREFIX.matcher(m).replaceAll("");
        m = METHOD.matcher(m).replaceAll("the parser's limit");
        return clip(m, max);
    }

    private static String oneLine(String v) {
        return v.replace("\r", "\\r").replace("\n", "\\n");
    }
}
