package org.divide.metrics.dynamics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/** The PySAL Mexico data (resources/dynamics/pysal_mexico.csv): 32 states, per-capita GDP 1940–2000. */
final class Mexico {

    static final int[] YEARS = {1940, 1950, 1960, 1970, 1980, 1990, 2000};

    /** {@code gdp[year index][state]}. */
    final double[][] gdp = new double[YEARS.length][];
    /** The hanson98 region of each state, as a string. */
    final String[] region;
    final String[] state;

    private Mexico(List<String[]> rows) {
        int n = rows.size();
        region = new String[n];
        state = new String[n];
        for (int y = 0; y < YEARS.length; y++) {
            gdp[y] = new double[n];
        }
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            state[i] = r[0];
            for (int y = 0; y < YEARS.length; y++) {
                gdp[y][i] = Double.parseDouble(r[1 + y]);
            }
            region[i] = Integer.toString((int) Double.parseDouble(r[9]));
        }
    }

    /** @return the data as a panel: economies M01…M32, indicator GDPPC, and POP = 1…32 in every year */
    Panel panel() {
        Panel.Builder b = Panel.builder();
        for (int i = 0; i < state.length; i++) {
            b.addEconomy(Economy.of(code(i), state[i]));
        }
        b.addIndicator(Indicator.of("GDPPC")).addIndicator(Indicator.of("POP"));
        double[] pop = new double[state.length];
        for (int i = 0; i < pop.length; i++) {
            pop[i] = i + 1;
        }
        for (int y = 0; y < YEARS.length; y++) {
            b.putColumn("GDPPC", YEARS[y], gdp[y]);
            b.putColumn("POP", YEARS[y], pop);
        }
        return b.build();
    }

    /** @return the hanson98 regions as a grouping of the panel's economies */
    Grouping regions() {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < state.length; i++) {
            m.put(code(i), region[i]);
        }
        return Grouping.of("hanson98", m);
    }

    static String code(int i) {
        return String.format("M%02d", i + 1);
    }

    static Mexico load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Mexico.class.getResourceAsStream("/dynamics/pysal_mexico.csv"), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return new Mexico(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
