package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The units of a plain CSV for an inequality measure: values, optional weights and optional group
 * labels. Rows whose value or weight is missing are skipped and counted; a value that is not a
 * number, a negative weight or an empty group label is an error naming the file, line, column and
 * value.
 *
 * @param values  the values
 * @param weights the weights, or {@code null} when no weight column was given
 * @param groups  the group labels, or {@code null} when no group column was given
 * @param skipped the rows skipped for a missing value or weight
 */
record Units(double[] values, double[] weights, String[] groups, int skipped) {

    /**
     * Reads the units.
     *
     * @param path   the file
     * @param value  the value column
     * @param weight the weight column, or {@code null}
     * @param group  the group column, or {@code null}
     * @return the units
     * @throws IOException if the file cannot be read or holds bad data
     */
    static Units read(Path path, String value, String weight, String group) throws IOException {
        List<String> names = new ArrayList<>(List.of(value));
        int w = weight == null ? -1 : add(names, weight);
        int g = group == null ? -1 : add(names, group);
        PlainCsv csv = PlainCsv.read(path, names);
        int n = csv.size();
        double[] x = new double[n];
        double[] wt = w < 0 ? null : new double[n];
        String[] labels = g < 0 ? null : new String[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            double v = csv.number(r, 0);
            double wr = w < 0 ? 1 : csv.number(r, w);
            if (wr < 0) {
                throw csv.error(r, w, "weight is negative: " + csv.text(r, w));
            }
            if (g >= 0 && csv.text(r, g).isEmpty()) {
                throw csv.error(r, g, "empty group label");
            }
            if (Double.isNaN(v) || Double.isNaN(wr)) {
                continue;
            }
            x[kept] = v;
            if (wt != null) {
                wt[kept] = wr;
            }
            if (labels != null) {
                labels[kept] = csv.text(r, g);
            }
            kept++;
        }
        if (kept == 0) {
            throw new IOException(csv.source() + ": no row has a value" + (w < 0 ? "" : " and a weight"));
        }
        return new Units(java.util.Arrays.copyOf(x, kept), wt == null ? null : java.util.Arrays.copyOf(wt, kept),
                labels == null ? null : java.util.Arrays.copyOf(labels, kept), n - kept);
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }
}
