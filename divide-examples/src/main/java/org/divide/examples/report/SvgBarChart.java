package org.divide.examples.report;

import java.util.List;

/**
 * A horizontal bar chart of labelled values, optionally with an interval per bar (drawn as a
 * whisker) and reference marks (a tick across each bar's row per mark, e.g. a peer median and the
 * frontier, with a legend above the bars), the value printed at the end of each bar. The chart spans the page's width; a label
 * longer than its column is shortened with an ellipsis and given whole in the bar's tooltip.
 */
public final class SvgBarChart {

    private static final int WIDTH = Svg.WIDTH;
    private static final int LABEL = 300;
    private static final int ROW = 20;

    /**
     * One bar.
     *
     * @param label the label
     * @param value the value (not finite: no bar, "–")
     * @param low   the interval's low end, or {@code NaN} for none
     * @param high  the interval's high end, or {@code NaN} for none
     */
    public record Bar(String label, double value, double low, double high) {

        /**
         * A bar without interval.
         *
         * @param label the label
         * @param value the value
         * @return the bar
         */
        public static Bar of(String label, double value) {
            return new Bar(label, value, Double.NaN, Double.NaN);
        }
    }

    /**
     * A reference value per bar, drawn as a tick across the bar's row in its own colour.
     *
     * @param name   the legend text
     * @param values one value per bar, in bar order (not finite: no tick)
     */
    public record Mark(String name, double[] values) {

        /** Copies the values. */
        public Mark {
            values = values.clone();
        }

        /** {@return a copy of the values} */
        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private SvgBarChart() {
    }

    /**
     * Draws the chart; the axis starts at 0 unless a value is negative.
     *
     * @param title  the title
     * @param unit   the unit of the values (the axis label)
     * @param bars   the bars, top to bottom
     * @param source the data source line
     * @return the SVG markup
     */
    public static String render(String title, String unit, List<Bar> bars, String source) {
        return render(title, unit, bars, List.of(), source);
    }

    /**
     * Draws the chart with reference marks; the axis starts at 0 unless a value is negative.
     *
     * @param title  the title
     * @param unit   the unit of the values (the axis label)
     * @param bars   the bars, top to bottom
     * @param marks  the reference marks, each with one value per bar (may be empty)
     * @param source the data source line
     * @return the SVG markup
     * @throws IllegalArgumentException if a mark has not one value per bar
     */
    public static String render(String title, String unit, List<Bar> bars, List<Mark> marks, String source) {
        for (Mark m : marks) {
            if (m.values.length != bars.size()) {
                throw new IllegalArgumentException("mark " + m.name() + " has " + m.values.length + " values for "
                        + bars.size() + " bars");
            }
        }
        double hi = 0;
        double lo = 0;
        for (Bar bar : bars) {
            for (double v : new double[] {bar.value(), bar.low(), bar.high()}) {
                if (Double.isFinite(v)) {
                    hi = Math.max(hi, v);
                    lo = Math.min(lo, v);
                }
            }
        }
        for (Mark m : marks) {
            for (double v : m.values) {
                if (Double.isFinite(v)) {
                    hi = Math.max(hi, v);
                    lo = Math.min(lo, v);
                }
            }
        }
        hi = hi == lo ? lo + 1 : hi;
        int top = marks.isEmpty() ? 34 : 54;
        int height = top + ROW * bars.size() + 56;
        double plotW = WIDTH - LABEL - 70;
        final double min = lo;
        final double span = hi - lo;
        java.util.function.DoubleUnaryOperator px = v -> LABEL + (v - min) / span * plotW;
        StringBuilder b = Svg.open(WIDTH, height, title);
        double bottom = top + ROW * bars.size();
        for (double t : Svg.ticks(lo, hi)) {
            Svg.line(b, px.applyAsDouble(t), top, px.applyAsDouble(t), bottom, "#ddd");
            Svg.text(b, px.applyAsDouble(t), bottom + 14, "middle", "a", Html.number(t));
        }
        Svg.text(b, LABEL + plotW / 2, bottom + 30, "middle", "a", unit);
        double lx = LABEL;
        for (int m = 0; m < marks.size(); m++) {
            String colour = Svg.PALETTE.get((m + 1) % Svg.PALETTE.size());
            b.append("<line class=\"key\" x1=\"").append(Svg.f(lx)).append("\" y1=\"").append(top - 20)
                    .append("\" x2=\"").append(Svg.f(lx)).append("\" y2=\"").append(top - 8).append("\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"3\"/>\n");
            Svg.text(b, lx + 6, top - 10, "start", "l", marks.get(m).name());
            lx += 24 + 6.5 * marks.get(m).name().length();
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * ROW;
            Svg.text(b, LABEL - 6, y + 14, "end", "l", shorten(bar.label(), Svg.chars(LABEL - 12)));
            if (Double.isFinite(bar.value())) {
                double x0 = px.applyAsDouble(Math.min(0, bar.value()));
                double x1 = px.applyAsDouble(Math.max(0, bar.value()));
                b.append("<rect class=\"bar\" x=\"").append(Svg.f(x0)).append("\" y=\"").append(Svg.f(y + 3))
                        .append("\" width=\"").append(Svg.f(Math.max(0.5, x1 - x0))).append("\" height=\"")
                        .append(ROW - 6).append("\" fill=\"").append(Svg.PALETTE.get(0)).append("\"><title>")
                        .append(Html.escape(bar.label() + ": " + Html.number(bar.value()))).append("</title></rect>\n");
            }
            if (Double.isFinite(bar.low()) && Double.isFinite(bar.high())) {
                double cy = y + ROW / 2.0;
                Svg.line(b, px.applyAsDouble(bar.low()), cy, px.applyAsDouble(bar.high()), cy, Svg.PALETTE.get(1));
                Svg.line(b, px.applyAsDouble(bar.low()), cy - 5, px.applyAsDouble(bar.low()), cy + 5, Svg.PALETTE.get(1));
                Svg.line(b, px.applyAsDouble(bar.high()), cy - 5, px.applyAsDouble(bar.high()), cy + 5,
                        Svg.PALETTE.get(1));
            }
            double end = Double.isFinite(bar.high()) ? Math.max(bar.high(), bar.value()) : bar.value();
            for (int m = 0; m < marks.size(); m++) {
                double v = marks.get(m).values[i];
                if (Double.isFinite(v)) {
                    b.append("<line class=\"mark\" x1=\"").append(Svg.f(px.applyAsDouble(v))).append("\" y1=\"")
                            .append(Svg.f(y + 1)).append("\" x2=\"").append(Svg.f(px.applyAsDouble(v)))
                            .append("\" y2=\"").append(Svg.f(y + ROW - 1)).append("\" stroke=\"")
                            .append(Svg.PALETTE.get((m + 1) % Svg.PALETTE.size())).append("\" stroke-width=\"3\"><title>")
                            .append(Html.escape(bar.label() + ", " + marks.get(m).name() + ": " + Html.number(v)))
                            .append("</title></line>\n");
                }
            }
            Svg.text(b, (Double.isFinite(end) ? px.applyAsDouble(Math.max(0, end)) : LABEL) + 4, y + 14, "start", "v",
                    Html.number(bar.value()));
        }
        Svg.source(b, WIDTH, height, source);
        return b.append("</svg>").toString();
    }

    /** The label cut to {@code max} characters with an ellipsis. */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "…";
    }
}
