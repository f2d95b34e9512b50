package org.divide.examples.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A world choropleth: each shape filled by the quintile class of its value — the economies sorted
 * by value and cut into five classes of (nearly) equal size, ties kept in one class — on a
 * colour-blind-safe sequential blue scale whose lightest class is still clearly blue (never
 * near-white against the white borders), grey where there is no value. The legend states the
 * classes as quintiles with the range and number of economies of each; every country has a
 * tooltip.
 */
public final class SvgMap {

    /** Pixels per degree of the equirectangular projection: the map spans the page's width. */
    public static final double SCALE = Svg.WIDTH / 360.0;
    /** The fills of the five classes, lowest first (ColorBrewer Blues, classes 4–8 of 9). */
    static final List<String> CLASSES = List.of("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08306b");
    /** The fill of a shape without a value. */
    static final String MISSING = "#e0e0e0";
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
        int width = Svg.WIDTH;
        int mapTop = 26;
        int mapHeight = (int) Math.round(150 * SCALE); // 84°N to 66°S shows every inhabited land
        int height = mapTop + mapHeight + 84;
        double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        StringBuilder b = Svg.open(width, height, title);
        b.append("<g transform=\"translate(0,").append(Svg.f(mapTop - 6 * SCALE)).append(")\">\n");
        for (TopoJson.Shape shape : shapes) {
            if (shape.id().equals(ANTARCTICA)) {
                continue;
            }
            Double value = values.get(shape.id());
            String fill = value == null ? MISSING : CLASSES.get(classOf(value, sorted));
            String name = labels.getOrDefault(shape.id(), shape.name());
            b.append("<path class=\"country\" d=\"").append(shape.path()).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#fff\" stroke-width=\"0.5\"><title>")
                    .append(Html.escape(name + ": " + (value == null ? "no data" : Html.number(value))))
                    .append("</title></path>\n");
        }
        b.append("</g>\n");
        double ly = mapTop + mapHeight + 6;
        Svg.text(b, 8, ly + 12, "start", "l", unit + " — quintiles: each class holds a fifth of the " + sorted.length
                + " economies with a value");
        ly += 22;
        for (int c = 0; c < CLASSES.size(); c++) {
            double[] range = range(c, sorted);
            double x = 8 + c * 150;
            b.append("<rect class=\"legend\" x=\"").append(Svg.f(x)).append("\" y=\"").append(Svg.f(ly))
                    .append("\" width=\"16\" height=\"16\" fill=\"").append(CLASSES.get(c))
                    .append("\" stroke=\"#666\"/>\n");
            Svg.text(b, x + 20, ly + 12, "start", "a", range == null ? "(none)"
                    : Html.number(range[0]) + "–" + Html.number(range[1]) + " (" + (int) range[2] + ")");
        }
        double x = 8 + CLASSES.size() * 150;
        b.append("<rect class=\"legend\" x=\"").append(Svg.f(x)).append("\" y=\"").append(Svg.f(ly))
                .append("\" width=\"16\" height=\"16\" fill=\"").append(MISSING).append("\" stroke=\"#666\"/>\n");
        Svg.text(b, x + 20, ly + 12, "start", "a", "no value");
        Svg.source(b, width, height, source);
        return b.append("</svg>").toString();
    }

    /**
     * The quintile class of a value: ⌊5·i/n⌋ where i is the number of values below it, so that
     * ties share a class and each class holds about a fifth of the values.
     *
     * @param value  the value
     * @param sorted every value, ascending
     * @return the class, 0 (lowest) to 4
     */
    static int classOf(double value, double[] sorted) {
        int below = lowerBound(sorted, value);
        return Math.min(CLASSES.size() - 1, (int) ((long) CLASSES.size() * below / sorted.length));
    }

    /** The lowest and highest value of a class and its size, or {@code null} when it is empty. */
    private static double[] range(int c, double[] sorted) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        int n = 0;
        for (double v : sorted) {
            if (classOf(v, sorted) == c) {
                lo = n == 0 ? v : lo;
                hi = v;
                n++;
            }
        }
        return n == 0 ? null : new double[] {lo, hi, n};
    }

    private static int lowerBound(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
