package org.divide.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.Treat;
import org.divide.metrics.composite.IndexData;

/**
 * COINr's ASEM example (divide-testdata's {@code /org/divide/testdata/asem/ASEM_iData.csv} and
 * {@code ASEM_iMeta.csv}; 51 economies, 49 indicators, 8 pillars, 2 sub-indices) as its framework,
 * its denominators and the 2018 data with its four groupings, shared by the composite and
 * uncertainty benchmarks. Empty cells and {@code NA} are missing values.
 */
public final class AsemExample {

    /** The year of the data. */
    public static final int YEAR = 2018;

    /** The index framework, from {@code ASEM_iMeta.csv}. */
    public final Framework framework;
    /** The data of {@link #YEAR} with the groupings (the {@code *_group} columns, in file order). */
    public final IndexData data;
    /** Indicator → denominator, from iMeta's Denominator column (read only, in file order). */
    public final Map<String, String> denominators;

    /**
     * Loads the example.
     *
     * @throws UncheckedIOException  if a resource cannot be read
     * @throws IllegalStateException if a resource is missing
     */
    public AsemExample() {
        List<String[]> meta = read("/org/divide/testdata/asem/ASEM_iMeta.csv");
        List<String> mh = List.of(meta.get(0));
        Framework.Builder fb = Framework.builder();
        Map<String, String> dens = new LinkedHashMap<>();
        for (String[] r : meta.subList(1, meta.size())) {
            String type = r[mh.indexOf("Type")];
            if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                continue;
            }
            String code = r[mh.indexOf("iCode")];
            String parent = r[mh.indexOf("Parent")];
            fb.add(new Framework.Node(code, r[mh.indexOf("iName")], parent.isEmpty() ? null : parent,
                    Integer.parseInt(r[mh.indexOf("Level")]), Double.parseDouble(r[mh.indexOf("Weight")]),
                    Direction.ofSign(Integer.parseInt(r[mh.indexOf("Direction")])), type.equals("Indicator")));
            String den = r[mh.indexOf("Denominator")];
            if (type.equals("Indicator") && !den.isEmpty()) {
                dens.put(code, den);
            }
        }
        framework = fb.build();
        denominators = Collections.unmodifiableMap(dens);
        List<String[]> rows = read("/org/divide/testdata/asem/ASEM_iData.csv");
        List<String> h = List.of(rows.get(0));
        Panel.Builder pb = Panel.builder();
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String code = r[h.indexOf("uCode")];
            pb.addEconomy(Economy.of(code, r[h.indexOf("uName")]));
            for (int c = 0; c < h.size(); c++) {
                String col = h.get(c);
                if (col.endsWith("_group")) {
                    groups.computeIfAbsent(col, k -> new LinkedHashMap<>()).put(code, r[c]);
                } else if (!List.of("uName", "uCode", "Time").contains(col)) {
                    pb.addIndicator(Indicator.of(col));
                    if (!r[c].isEmpty() && !r[c].equals("NA")) {
                        pb.put(code, col, YEAR, Double.parseDouble(r[c]));
                    }
                }
            }
        }
        IndexData d = IndexData.of(pb.build(), YEAR);
        for (Map.Entry<String, Map<String, String>> g : groups.entrySet()) {
            d = d.withGrouping(Grouping.of(g.getKey(), g.getValue()));
        }
        data = d;
    }

    /**
     * Returns the spec of COINr's {@code build_example_coin()}: denominate by iMeta's Denominator,
     * impute by the EurAsia group mean, screen by missing data at 0.9, treat (winmax 5), min-max
     * onto [0, 100], arithmetic means.
     *
     * @return the spec
     */
    public IndexSpec exampleCoin() {
        return IndexSpec.of(framework, Denominate.by(denominators),
                Impute.of(ImputeMethod.groupMean("EurAsia_group")),
                Screen.by(new ScreenRule.ByMissing(0.9)), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic());
    }

    private static List<String[]> read(String resource) {
        InputStream in = AsemExample.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    out.add(split(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out.toArray(new String[0]);
    }
}
