package org.divide.examples.report;

import java.util.List;
import java.util.Map;

/**
 * A world choropleth: each shape filled by the class of its value (five equal-width classes over
 * the value range, a colour-blind-safe sequential blue scale), grey where there is no value, with a
 * legend and a tooltip per country.
 */
public final class SvgMap {

    /** Pixels per degree of the equirectangular projection. */
    public static final double SCALE = 2.2;
    private static final List<String> CLASSES = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");
    private static final String MISSING = "#d9d9d9";
    private static final String ANTARCTICA = "010";

    private SvgMap() {
    }

    /**
     * Draws the map.
     *
     * @param title  the title
     * @param unit   what the values are (the legend's title)
     * @param shapes the shapes, decoded with {@link #SCALE}
     * @param values the value per shape id; shapes without one are grey
     * @param labels the readable name per shape id (falls back to the shape's name)
     * @param source the data source line
     * @return the SVG markup
     */
    public static String render(String title, String unit, List<TopoJson.Shape> shapes, Map<String, Double> values,
            Map<String, String> labels, String source) {
        int width = (int) Math.round(360 * SCALE);
        int mapTop = 26;
        int mapHeight = (int) Math.round(150 * SCALE); // 84°N to 66°S shows every inhabited land
        int height = mapTop + mapHeight + 60;
        double lo = values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        StringBuilder b = Svg.open(width, height, title);
        b.append("<g transform=\"translate(0,").append(Svg.f(mapTop - 6 * SCALE)).append(")\">\n");
        for (TopoJson.Shape shape : shapes) {
            if (shape.id().equals(ANTARCTICA)) {
                continue;
            }
            Double value = values.get(shape.id());
            String fill = value == null ? MISSING : CLASSES.get(classOf(value, lo, hi));
            String name = labels.getOrDefault(shape.id(), shape.name());
            b.append("<path class=\"country\" d=\"").append(shape.path()).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#fff\" stroke-width=\"0.4\"><title>")
                    .append(Html.escape(name + ": " + (value == null ? "no data" : Html.number(value))))
                    .append("</title></path>\n");
        }
        b.append("</g>\n");
        double ly = mapTop + mapHeight + 8;
        Svg.text(b, 8, ly + 12, "start", "l", unit + ":");
        for (int c = 0; c < CLASSES.size(); c++) {
            double from = lo + (hi - lo) * c / CLASSES.size();
            double to = lo + (hi - lo) * (c + 1) / CLASSES.size();
            double x = 150 + c * 110;
            b.append("<rect x=\"").append(Svg.f(x)).append("\" y=\"").append(Svg.f(ly)).append("\" width=\"16\" height=\"16\" fill=\"")
                    .append(CLASSES.get(c)).append("\" stroke=\"#999\"/>\n");
            Svg.text(b, x + 20, ly + 12, "start", "a", Html.number(from) + "–" + Html.number(to));
        }
        double x = 150 + CLASSES.size() * 110;
        b.append("<rect x=\"").append(Svg.f(x)).append("\" y=\"").append(Svg.f(ly))
                .append("\" width=\"16\" height=\"16\" fill=\"").append(MISSING).append("\" stroke=\"#999\"/>\n");
        Svg.text(b, x + 20, ly + 12, "start", "a", "not ranked");
        Svg.source(b, width, height, source);
        return b.append("</svg>").toString();
    }

    private static int classOf(double value, double lo, double hi) {
        if (!(hi > lo)) {
            return CLASSES.size() - 1;
        }
        int c = (int) Math.floor((value - lo) / (hi - lo) * CLASSES.size());
        return Math.max(0, Math.min(CLASSES.size() - 1, c));
    }
}
