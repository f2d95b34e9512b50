package org.divide.examples.report;

import java.util.List;
import java.util.Locale;

/** Shared pieces of the SVG charts: the colour-blind-safe palette, the frame and the axis ticks. */
final class Svg {

    /** Okabe and Ito's colour-blind-safe palette (Okabe and Ito 2008), without black and yellow. */
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000");

    private Svg() {
    }

    /** A coordinate with two decimals. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** The width of every chart's view box: the page's width, so that text keeps its size on the page. */
    static final int WIDTH = 960;
    /** The characters of 11px text that fit in a pixel width, conservatively (6.5 px a character). */
    static int chars(double pixels) {
        return Math.max(8, (int) (pixels / 6.5));
    }

    /**
     * Opens an SVG element with its accessible title; it fills the page's width ({@code width="100%"},
     * the height follows the view box).
     */
    static StringBuilder open(int width, int height, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\">\n<title>").append(Html.escape(title)).append("</title>\n");
        b.append("<text x=\"").append(width / 2).append("\" y=\"18\" text-anchor=\"middle\" class=\"t\">")
                .append(Html.escape(title)).append("</text>\n");
        return b;
    }

    /** Writes escaped text at a position. */
    static void text(StringBuilder b, double x, double y, String anchor, String cssClass, String text) {
        b.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append('"');
        if (cssClass != null) {
            b.append(" class=\"").append(cssClass).append('"');
        }
        b.append('>').append(Html.escape(text)).append("</text>\n");
    }

    /**
     * Breaks text into lines of at most {@code max} characters at spaces (a word longer than a line
     * stays whole), so that nothing is clipped.
     *
     * @param text the text
     * @param max  the characters a line holds
     * @return the lines, at least one
     */
    static List<String> wrap(String text, int max) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes wrapped text, one {@code tspan} per line, {@code step} pixels apart. */
    static void lines(StringBuilder b, double x, double y, String cssClass, List<String> lines, double step) {
        b.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"start\" class=\"")
                .append(cssClass).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            b.append("<tspan x=\"").append(f(x)).append("\" dy=\"").append(i == 0 ? "0" : f(step)).append("\">")
                    .append(Html.escape(lines.get(i))).append("</tspan>");
        }
        b.append("</text>\n");
    }

    /** Writes a line. */
    static void line(StringBuilder b, double x1, double y1, double x2, double y2, String stroke) {
        b.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
                .append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
    }

    /** About five round tick values covering [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        if (!(hi > lo)) {
            return new double[] {lo};
        }
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude >= 5 ? 5 : raw / magnitude >= 2 ? 2 : 1);
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    /** The source line under a chart. */
    static void source(StringBuilder b, int width, int height, String source) {
        text(b, 8, height - 6, "start", "s", "Source: " + source);
    }
}
