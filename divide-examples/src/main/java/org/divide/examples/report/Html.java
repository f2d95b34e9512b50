package org.divide.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * A small HTML builder: every piece of text goes through {@link #escape(String)}; markup is only
 * appended by the builder's own methods.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder();

    /** Creates an empty builder. */
    public Html() {
    }

    /**
     * Escapes text for HTML and XML (SVG) content and attribute values: {@code & < > " '}.
     *
     * @param text the text, {@code null} for none
     * @return the escaped text
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A number for display with about three significant digits, thousands grouped; {@code –} for a
     * value that is not finite.
     *
     * @param value the number
     * @return the text
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.1 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * Appends an element with escaped text content.
     *
     * @param tag  the tag name
     * @param text the text
     * @return this builder
     */
    public Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * Opens an element with an optional class.
     *
     * @param tag       the tag name
     * @param cssClass  the class, or {@code null}
     * @return this builder
     */
    public Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append(">\n");
        return this;
    }

    /**
     * Opens a section with an id and an escaped heading.
     *
     * @param id    the section id
     * @param title the heading
     * @return this builder
     */
    public Html section(String id, String title) {
        out.append("<section id=\"").append(escape(id)).append("\">\n");
        return element("h2", title);
    }

    /**
     * Closes an element.
     *
     * @param tag the tag name
     * @return this builder
     */
    public Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * Appends a paragraph of escaped text.
     *
     * @param text the text
     * @return this builder
     */
    public Html paragraph(String text) {
        return element("p", text);
    }

    /**
     * Appends the statement of a section's sample (year, economies, what was left out), as a
     * paragraph of class {@code sample} beginning "Sample: ".
     *
     * @param text the statement
     * @return this builder
     */
    public Html sample(String text) {
        out.append("<p class=\"sample\">").append(escape("Sample: " + text + ".")).append("</p>\n");
        return this;
    }

    /**
     * Appends a table of escaped cells; cells that look numeric are right-aligned.
     *
     * @param caption the caption
     * @param headers the column headers
     * @param rows    the rows, each as long as the headers
     * @return this builder
     */
    public Html table(String caption, List<String> headers, List<List<String>> rows) {
        out.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        for (String h : headers) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                boolean numeric = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.startsWith("–")
                        || cell.startsWith("-"));
                out.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    /**
     * Appends markup produced by this package's SVG writers, which escape their own text.
     *
     * @param svg the markup
     * @return this builder
     */
    Html raw(String svg) {
        out.append(svg).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
