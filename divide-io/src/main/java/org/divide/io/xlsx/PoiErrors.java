package org.divide.io.xlsx;

import java.util.Locale;
import org.divide.io.ErrorText;

/**
 * Apache POI's errors in the words of the error grammar: the innermost message of the chain that
 * says something, without class names ({@code POIXMLException: org.apache.xmlbeans.XmlException:
 * ...} becomes the XML parser's own description), with the zip-bomb and DTD refusals named as such.
 */
final class PoiErrors {

    private PoiErrors() {
    }

    /**
     * Why POI could not read a workbook.
     *
     * @param e the exception
     * @return the reason, at most about a hundred characters
     */
    static String reason(Throwable e) {
        StringBuilder all = new StringBuilder();
        String last = null;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                all.append(t.getMessage()).append('\n');
                last = t.getMessage();
            }
        }
        String lower = all.toString().toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return "a part inflates more than 100 times its compressed size: a zip bomb?";
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return "its XML declares a DTD or an entity, which is refused";
        }
        if (lower.contains("no valid entries or contents found") || lower.contains("not a valid ooxml")
                || lower.contains("invalid header signature") || lower.contains("your input appears to be")) {
            return "the bytes are not a workbook";
        }
        String text = ErrorText.scrub(last);
        return text.isEmpty() ? "the workbook cannot be parsed" : text;
    }
}
