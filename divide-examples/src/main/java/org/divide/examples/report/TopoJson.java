package org.divide.examples.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.divide.io.json.JsonInput;

/**
 * Decodes the polygons of a TopoJSON topology (Bostock's format, as in {@code world-atlas}) into
 * SVG path data under an equirectangular projection: x = (λ + 180)·s, y = (90 − φ)·s.
 *
 * <p>Quantised arcs ({@code transform} present) are delta-decoded and scaled; an arc index
 * {@code ~i} (that is −i − 1) stands for arc i reversed. The rings of a polygon are the
 * concatenation of their arcs, the first point of every arc after the first dropped (it repeats the
 * last of the one before). Geometries other than {@code Polygon} and {@code MultiPolygon} are
 * skipped.
 */
public final class TopoJson {

    /**
     * One shape.
     *
     * @param id   the geometry's id (ISO 3166-1 numeric in {@code world-atlas}), or "" if none
     * @param name the {@code name} property, or "" if none
     * @param path the SVG path data
     */
    public record Shape(String id, String name, String path) {
    }

    private TopoJson() {
    }

    /**
     * Reads the shapes of one object of a topology.
     *
     * @param reader the TopoJSON text
     * @param object the object's name, such as {@code countries}
     * @param scale  pixels per degree
     * @return the shapes in file order
     * @throws IOException if the text cannot be read or is not a topology with that object
     */
    public static List<Shape> read(Reader reader, String object, double scale) throws IOException {
        JsonNode topology = JsonInput.parse(reader, "TopoJSON");
        JsonNode geometries = topology.path("objects").path(object).path("geometries");
        if (!geometries.isArray()) {
            throw new IOException("TopoJSON: no object '" + object + "' with geometries");
        }
        double[][][] arcs = arcs(topology);
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : geometries) {
            String type = g.path("type").asText();
            StringBuilder d = new StringBuilder();
            if (type.equals("Polygon")) {
                polygon(g.path("arcs"), arcs, scale, d);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : g.path("arcs")) {
                    polygon(polygon, arcs, scale, d);
                }
            } else {
                continue;
            }
            shapes.add(new Shape(g.path("id").asText(""), g.path("properties").path("name").asText(""),
                    d.toString().strip()));
        }
        return shapes;
    }

    /** The arcs in degrees, decoded from the deltas if the topology is quantised. */
    private static double[][][] arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        boolean quantised = transform.isObject();
        double sx = quantised ? transform.path("scale").path(0).asDouble() : 1;
        double sy = quantised ? transform.path("scale").path(1).asDouble() : 1;
        double tx = quantised ? transform.path("translate").path(0).asDouble() : 0;
        double ty = quantised ? transform.path("translate").path(1).asDouble() : 0;
        JsonNode raw = topology.path("arcs");
        double[][][] arcs = new double[raw.size()][][];
        for (int a = 0; a < arcs.length; a++) {
            JsonNode arc = raw.get(a);
            arcs[a] = new double[arc.size()][2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < arc.size(); p++) {
                double px = arc.get(p).get(0).asDouble();
                double py = arc.get(p).get(1).asDouble();
                if (quantised) {
                    x += px;
                    y += py;
                    arcs[a][p][0] = x * sx + tx;
                    arcs[a][p][1] = y * sy + ty;
                } else {
                    arcs[a][p][0] = px;
                    arcs[a][p][1] = py;
                }
            }
        }
        return arcs;
    }

    private static void polygon(JsonNode rings, double[][][] arcs, double scale, StringBuilder d) {
        for (JsonNode ring : rings) {
            boolean first = true;
            double previous = Double.NaN;
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = arcs[i >= 0 ? i : ~i];
                int n = arc.length;
                for (int k = first ? 0 : 1; k < n; k++) {
                    double[] point = arc[i >= 0 ? k : n - 1 - k];
                    double longitude = unwrap(point[0], previous);
                    previous = longitude;
                    d.append(first && k == 0 ? " M" : " L").append(Svg.f((longitude + 180) * scale)).append(',')
                            .append(Svg.f((90 - point[1]) * scale));
                }
                first = false;
            }
            d.append(" Z");
        }
    }

    /**
     * The longitude shifted by a multiple of 360° to lie within 180° of the previous point of its
     * ring, so that a ring crossing the antimeridian (Russia's Chukotka, Fiji) stays continuous and
     * runs off the map's edge, where the SVG clips it, instead of drawing a line across the world.
     */
    static double unwrap(double longitude, double previous) {
        if (Double.isNaN(previous)) {
            return longitude;
        }
        return longitude + 360 * Math.rint((previous - longitude) / 360);
    }
}
