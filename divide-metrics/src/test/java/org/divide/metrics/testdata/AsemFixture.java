package org.divide.metrics.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Test-only loader of COINr's ASEM example ({@code /coinr/ASEM_iData.csv}, {@code ASEM_iMeta.csv};
 * 51 economies, 49 indicators, 8 pillars, 2 sub-indices) into a {@link Panel} (indicators and
 * denominators, year 2018), a {@link Framework}, the four groupings and COINr's
 * {@code build_example_coin()} spec; plus a small reader for the reference CSVs (quoted fields,
 * empty or {@code NA} = missing). Shared by the composite and uncertainty tests.
 */
public final class AsemFixture {

    /** The year of the data. */
    public static final int YEAR = 2018;
    private static final Table DATA = Table.resource("/coinr/ASEM_iData.csv");
    private static final Table META = Table.resource("/coinr/ASEM_iMeta.csv");
    /** The index framework, from {@code ASEM_iMeta.csv}. */
    public static final Framework FRAMEWORK = framework();
    /** The panel of {@link #YEAR}: indicators and denominators. */
    public static final Panel PANEL = panel();
    /** The groupings, in file order. */
    public static final List<String> GROUPS = List.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group");

    private AsemFixture() {
    }

    /** {@return the data of 2018 with the four groupings} */
    public static IndexData data() {
        IndexData d = IndexData.of(PANEL, YEAR);
        for (String g : GROUPS) {
            d = d.withGrouping(grouping(g));
        }
        return d;
    }

    /**
     * Returns a grouping of the data file.
     *
     * @param column the {@code *_group} column
     * @return economy code → group
     */
    public static Grouping grouping(String column) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < DATA.rows.size(); i++) {
            m.put(DATA.text(i, "uCode"), DATA.text(i, column));
        }
        return Grouping.of(column, m);
    }

    /** {@return indicator → denominator, from iMeta's Denominator column} */
    public static Map<String, String> denominators() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < META.rows.size(); i++) {
            if (META.text(i, "Type").equals("Indicator") && !META.text(i, "Denominator").isEmpty()) {
                m.put(META.text(i, "iCode"), META.text(i, "Denominator"));
            }
        }
        return m;
    }

    /** {@return the economy codes in file order} */
    public static List<String> economies() {
        return DATA.strings("uCode");
    }

    /**
     * Returns the spec of COINr's {@code build_example_coin()}: denominate (iMeta's Denominator),
     * impute by the EurAsia group mean, screen by missing data at 0.9, treat (winmax 5), min-max
     * onto [0, 100], arithmetic means.
     *
     * @return the spec
     */
    public static IndexSpec exampleCoin() {
        return IndexSpec.of(FRAMEWORK, Denominate.by(denominators()),
                Impute.byGroup(ImputeMethod.GROUP_MEAN, "EurAsia_group"),
                Screen.by(ScreenRule.BY_MISSING).withAvailabilityThreshold(0.9), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic());
    }

    private static Framework framework() {
        Framework.Builder b = Framework.builder();
        for (int i = 0; i < META.rows.size(); i++) {
            String type = META.text(i, "Type");
            if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                continue;
            }
            String parent = META.text(i, "Parent");
            b.add(new Framework.Node(META.text(i, "iCode"), META.text(i, "iName"), parent.isEmpty() ? null : parent,
                    Integer.parseInt(META.text(i, "Level")), Double.parseDouble(META.text(i, "Weight")),
                    Direction.ofSign(Integer.parseInt(META.text(i, "Direction"))), type.equals("Indicator")));
        }
        return b.build();
    }

    private static Panel panel() {
        Panel.Builder b = Panel.builder();
        for (int e = 0; e < DATA.rows.size(); e++) {
            b.addEconomy(Economy.of(DATA.text(e, "uCode"), DATA.text(e, "uName")));
        }
        for (String column : DATA.header) {
            if (List.of("uName", "uCode", "Time").contains(column) || column.endsWith("_group")) {
                continue;
            }
            b.addIndicator(Indicator.of(column));
            for (int e = 0; e < DATA.rows.size(); e++) {
                double v = DATA.number(e, column);
                if (!Double.isNaN(v)) {
                    b.put(DATA.text(e, "uCode"), column, YEAR, v);
                }
            }
        }
        return b.build();
    }

    /** A small reader for the fixtures. */
    public static final class Table {
        /** The column names. */
        public final List<String> header;
        /** The rows after the header, fields unquoted. */
        public final List<String[]> rows;
        private final Map<String, Integer> index = new HashMap<>();

        private Table(List<String> header, List<String[]> rows) {
            this.header = header;
            this.rows = rows;
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
        }

        /**
         * Reads a CSV resource.
         *
         * @param path the resource path
         * @return the table
         */
        public static Table resource(String path) {
            InputStream in = AsemFixture.class.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> header = List.of(split(r.readLine()));
                List<String[]> rows = new ArrayList<>();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) {
                        rows.add(split(line));
                    }
                }
                return new Table(header, rows);
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

        /**
         * Returns a cell as text.
         *
         * @param row    the row
         * @param column the column name
         * @return the text
         */
        public String text(int row, String column) {
            Integer c = index.get(column);
            if (c == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return rows.get(row)[c];
        }

        /**
         * Returns a cell as a number, NaN when empty or {@code NA}.
         *
         * @param row    the row
         * @param column the column name
         * @return the number
         */
        public double number(int row, String column) {
            String s = text(row, column);
            return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
        }

        /**
         * Returns a column as text.
         *
         * @param column the column name
         * @return the texts
         */
        public List<String> strings(String column) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                out.add(text(i, column));
            }
            return out;
        }

        /** The column in the order of the given economies (matched on uCode). */
        public double[] column(String column, List<String> economies) {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                at.put(text(i, "uCode"), i);
            }
            double[] out = new double[economies.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = number(at.get(economies.get(k)), column);
            }
            return out;
        }
    }
}
