package org.divide.metrics.mobility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Per-capita GDP of the 32 Mexican states, 1940–2000 by decade (resources/dynamics/pysal_mexico.csv). */
final class MexicoGdp {

    private MexicoGdp() {
    }

    /** @return {@code gdp[year index][state]}, the years 1940, 1950, …, 2000 */
    static double[][] load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MexicoGdp.class.getResourceAsStream("/dynamics/pysal_mexico.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            List<double[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                double[] r = new double[7];
                for (int t = 0; t < 7; t++) {
                    r[t] = Double.parseDouble(f[1 + t]);
                }
                rows.add(r);
            }
            double[][] gdp = new double[7][rows.size()];
            for (int s = 0; s < rows.size(); s++) {
                for (int t = 0; t < 7; t++) {
                    gdp[t][s] = rows.get(s)[t];
                }
            }
            return gdp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the quintile class of every state in every decade, {@code [state][year index]} */
    static int[][] quintiles() {
        double[][] gdp = load();
        int[][] c = new int[gdp[0].length][gdp.length];
        for (int t = 0; t < gdp.length; t++) {
            int[] q = QuantileClasses.of(gdp[t], 5).classes();
            for (int s = 0; s < q.length; s++) {
                c[s][t] = q[s];
            }
        }
        return c;
    }
}
