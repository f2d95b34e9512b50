package org.divide.examples.report;

import java.util.List;

import org.divide.metrics.inequality.LorenzCurve;

/**
 * Lorenz curves on the unit square with the line of equality; the chart spans the page's width, the
 * legend at the right of the square, each name whole (wrapped when long).
 */
public final class SvgLorenz {

    private static final int SIZE = 400;
    private static final int LEFT = 56;
    private static final int TOP = 34;
    private static final int LEGEND = Svg.WIDTH - LEFT - SIZE;
    private static final int LINE = 15;

    /**
     * One labelled curve.
     *
     * @param name  the legend text
     * @param curve the curve
     */
    public record Curve(String name, LorenzCurve curve) {
    }

    private SvgLorenz() {
    }

    /**
     * Draws the curves.
     *
     * @param title  the title
     * @param xLabel what is cumulated along the x axis, such as "Cumulative share of population"
     * @param curves the curves
     * @param source the data source line
     * @return the SVG markup
     */
    public static String render(String title, String xLabel, List<Curve> curves, String source) {
        int width = LEFT + SIZE + LEGEND;
        int legendHeight = 0;
        List<List<String>> legend = new java.util.ArrayList<>();
        for (Curve c : curves) {
            List<String> lines = Svg.wrap(c.name(), Svg.chars(LEGEND - 60));
            legend.add(lines);
            legendHeight += LINE * lines.size() + 8;
        }
        int height = TOP + Math.max(SIZE, legendHeight) + 60;
        StringBuilder b = Svg.open(width, height, title);
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            Svg.line(b, LEFT, TOP + SIZE * (1 - t), LEFT + SIZE, TOP + SIZE * (1 - t), "#ddd");
            Svg.text(b, LEFT - 4, TOP + SIZE * (1 - t) + 4, "end", "a", (int) (100 * t) + "%");
            Svg.text(b, LEFT + SIZE * t, TOP + SIZE + 16, "middle", "a", (int) (100 * t) + "%");
        }
        Svg.line(b, LEFT, TOP + SIZE, LEFT + SIZE, TOP, "#888");
        Svg.text(b, LEFT + SIZE / 2.0, TOP + SIZE + 34, "middle", "a", xLabel);
        b.append("<text transform=\"translate(14,").append(Svg.f(TOP + SIZE / 2.0)).append(") rotate(-90)\" "
                + "text-anchor=\"middle\" class=\"a\">Cumulative share of the indicator</text>\n");
        double ly = TOP + 14;
        for (int c = 0; c < curves.size(); c++) {
            LorenzCurve curve = curves.get(c).curve();
            double[] p = curve.population();
            double[] l = curve.income();
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < p.length; i++) {
                d.append(i == 0 ? "M" : " L").append(Svg.f(LEFT + SIZE * p[i])).append(',')
                        .append(Svg.f(TOP + SIZE * (1 - l[i])));
            }
            String colour = Svg.PALETTE.get(c % Svg.PALETTE.size());
            b.append("<path class=\"lorenz\" d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"/>\n");
            b.append("<line class=\"key\" x1=\"").append(Svg.f(LEFT + SIZE + 20)).append("\" y1=\"")
                    .append(Svg.f(ly - 4)).append("\" x2=\"").append(Svg.f(LEFT + SIZE + 40)).append("\" y2=\"")
                    .append(Svg.f(ly - 4)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"/>\n");
            Svg.lines(b, LEFT + SIZE + 46, ly, "l", legend.get(c), LINE);
            ly += LINE * legend.get(c).size() + 8;
        }
        Svg.source(b, width, height, source);
        return b.append("</svg>").toString();
    }
}
