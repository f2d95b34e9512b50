package org.divide.metrics.testdata;

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
import org.divide.metrics.internal.column.CsvTable;

/**
 * Test-only loader of COINr's ASEM example ({@code /org/divide/testdata/asem/ASEM_iData.csv}, {@code ASEM_iMeta.csv};
 * 51 economies, 49 indicators, 8 pillars, 2 sub-indices) into a {@link Panel} (indicators and
 * denominators, year 2018), a {@link Framework}, the four groupings and COINr's
 * {@code build_example_coin()} spec; plus a small reader for the reference CSVs (quoted fields,
 * empty or {@code NA} = missing). Shared by the composite and uncertainty tests.
 */
public final class AsemFixture {

    /** The year of the data. */
    public static final int YEAR = 2018;
    private static final CsvTable DATA = CsvTable.at("/org/divide/testdata/asem/ASEM_iData.csv");
    private static final CsvTable META = CsvTable.at("/org/divide/testdata/asem/ASEM_iMeta.csv");
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
                Impute.of(ImputeMethod.groupMean("EurAsia_group")),
                Screen.by(new ScreenRule.ByMissing(0.9)), Treat.coinr(), Normalise.minMax(),
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
}
