package org.divide.examples.report;

import java.util.List;

/**
 * A line chart of series over years (or any x), with an optional shaded band per series; points
 * with a value that is not finite are skipped (the line breaks there). The chart spans the page's
 * width; the legend sits under the plot, one series per row, each name whole (wrapped when long).
 */
public final class SvgLineChart {

    private static final int WIDTH = Svg.WIDTH;
    private static final int PLOT_HEIGHT = 280;
    private static final int LEFT = 60;
    private static final int RIGHT = 24;
    private static final int TOP = 34;
    private static final int AXIS = 44;
    private static final int LINE = 16;

    /**
     * One series.
     *
     * @param name  the legend text
     * @param y     the values, one per x
     * @param lower the band's lower bound per x, or {@code null}
     * @param upper the band's upper bound per x, or {@code null}
     */
    public record Series(String name, double[] y, double[] lower, double[] upper) {

        /** Copies the arrays. */
        public Series {
            y = y.clone();
            lower = lower == null ? null : lower.clone();
            upper = upper == null ? null : upper.clone();
        }

        /**
         * The values.
         *
         * @return a copy of the values, one per x
         */
        @Override
        public double[] y() {
            return y.clone();
        }

        /**
         * The band's lower bounds.
         *
         * @return a copy of the lower bounds, or {@code null}
         */
        @Override
        public double[] lower() {
            return lower == null ? null : lower.clone();
        }

        /**
         * The band's upper bounds.
         *
         * @return a copy of the upper bounds, or {@code null}
         */
        @Override
        public double[] upper() {
            return upper == null ? null : upper.clone();
        }
    }

    private SvgLineChart() {
    }

    /**
     * Draws the chart.
     *
     * @param title  the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label with its unit
     * @param x      the x values, ascending
     * @param series the series
     * @param source the data source line
     * @return the SVG markup
     */
    public static String render(String title, String xLabel, String yLabel, int[] x, List<Series> series,
            String source) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double[] values : new double[][] {s.y, s.lower, s.upper}) {
                if (values != null) {
                    for (double v : values) {
                        if (Double.isFinite(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
        }
        if (!(hi >= lo)) {
            lo = 0;
            hi = 1;
        }
        lo = Math.min(0, lo);
        hi = hi == lo ? lo + 1 : hi * 1.05;
        double x0 = x[0];
        double x1 = x.length > 1 ? x[x.length - 1] : x0 + 1;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = PLOT_HEIGHT;
        List<List<String>> legend = new java.util.ArrayList<>();
        int legendLines = 0;
        for (Series s : series) {
            List<String> lines = Svg.wrap(s.name, Svg.chars(plotW - 40));
            legend.add(lines);
            legendLines += lines.size();
        }
        final int height = TOP + PLOT_HEIGHT + AXIS + LINE * legendLines + 8 * series.size() + 24;
        final double yLo = lo;
        final double ySpan = hi - lo;
        java.util.function.DoubleUnaryOperator px = v -> LEFT + (v - x0) / (x1 - x0) * plotW;
        java.util.function.DoubleUnaryOperator py = v -> TOP + plotH - (v - yLo) / ySpan * plotH;
        StringBuilder b = Svg.open(WIDTH, height, title);
        for (double t : Svg.ticks(lo, hi)) {
            Svg.line(b, LEFT, py.applyAsDouble(t), LEFT + plotW, py.applyAsDouble(t), "#ddd");
            Svg.text(b, LEFT - 4, py.applyAsDouble(t) + 4, "end", "a", Html.number(t));
        }
        for (double t : Svg.ticks(x0, x1)) {
            Svg.text(b, px.applyAsDouble(t), TOP + plotH + 16, "middle", "a", Long.toString(Math.round(t)));
        }
        Svg.line(b, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333");
        Svg.line(b, LEFT, TOP, LEFT, TOP + plotH, "#333");
        Svg.text(b, LEFT + plotW / 2, TOP + plotH + 34, "middle", "a", xLabel);
        b.append("<text transform=\"translate(14,").append(Svg.f(TOP + plotH / 2)).append(") rotate(-90)\" "
                + "text-anchor=\"middle\" class=\"a\">").append(Html.escape(yLabel)).append("</text>\n");
        double ly = TOP + plotH + AXIS + 12;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = Svg.PALETTE.get(s % Svg.PALETTE.size());
            if (one.lower != null && one.upper != null) {
                b.append(band(x, one, px, py, colour));
            }
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(one.y[i])) {
                    d.append(pen ? " L" : " M").append(Svg.f(px.applyAsDouble(x[i]))).append(',')
                            .append(Svg.f(py.applyAsDouble(one.y[i])));
                    pen = true;
                } else {
                    pen = false;
                }
            }
            if (d.length() > 0) {
                b.append("<path class=\"line\" d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"/>\n");
            }
            b.append("<line class=\"key\" x1=\"").append(Svg.f(LEFT)).append("\" y1=\"").append(Svg.f(ly - 4))
                    .append("\" x2=\"").append(Svg.f(LEFT + 24)).append("\" y2=\"").append(Svg.f(ly - 4))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"/>\n");
            Svg.lines(b, LEFT + 32, ly, "l", legend.get(s), LINE);
            ly += LINE * legend.get(s).size() + 8;
        }
        Svg.source(b, WIDTH, height, source);
        return b.append("</svg>").toString();
    }

    private static String band(int[] x, Series s, java.util.function.DoubleUnaryOperator px,
            java.util.function.DoubleUnaryOperator py, String colour) {
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        int points = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(s.lower[i]) && Double.isFinite(s.upper[i])) {
                top.append(points == 0 ? "M" : " L").append(Svg.f(px.applyAsDouble(x[i]))).append(',')
                        .append(Svg.f(py.applyAsDouble(s.upper[i])));
                bottom.insert(0, " L" + Svg.f(px.applyAsDouble(x[i])) + "," + Svg.f(py.applyAsDouble(s.lower[i])));
                points++;
            }
        }
        if (points < 2) {
            return "";
        }
        return "<path class=\"band\" d=\"" + top + bottom + " Z\" fill=\"" + colour + "\" fill-opacity=\"0.18\"/>\n";
    }
}
