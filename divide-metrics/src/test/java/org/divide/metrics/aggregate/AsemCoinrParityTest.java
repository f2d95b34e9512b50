package org.divide.metrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.divide.core.Direction;
import org.divide.metrics.internal.column.CsvTable;
import org.divide.metrics.normalise.Normalisation;
import org.divide.metrics.rank.Ranking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity with COINr 1.1.14 on the ASEM data ("plain" build): min-max onto [0, 100] with
 * directions applied first, then the weighted arithmetic mean level by level with missing
 * values skipped and weights renormalised, then competition ranks. Reference outputs:
 * {@code src/test/resources/coinr/} (see its README). Every cell is compared; tolerance
 * {@value #REL} relative (absolute where the reference is 0).
 */
class AsemCoinrParityTest {

    /** The fixtures carry 15 significant digits; our arithmetic repeats R's operation by operation. */
    static final double REL = 1e-12;

    static CsvTable data;
    static CsvTable meta;
    static List<String> economies;
    /** iCode → level, parent, weight, direction (indicators and aggregates, iMeta order). */
    static Map<String, String[]> nodes = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        data = CsvTable.at("/org/divide/testdata/asem/ASEM_iData.csv");
        meta = CsvTable.at("/org/divide/testdata/asem/ASEM_iMeta.csv");
        economies = data.strings("uCode");
        for (int i = 0; i < meta.rows.size(); i++) {
            String type = meta.text(i, "Type");
            if (type.equals("Indicator") || type.equals("Aggregate")) {
                nodes.put(meta.text(i, "iCode"), new String[] {meta.text(i, "Level"),
                        meta.text(i, "Parent"), meta.text(i, "Weight"), meta.text(i, "Direction")});
            }
        }
    }

    static Map<String, double[]> normalised() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : nodes.entrySet()) {
            if (e.getValue()[0].equals("1")) {
                Direction d = Direction.ofSign(Integer.parseInt(e.getValue()[3]));
                double[] raw = data.column(e.getKey(), "uCode", economies);
                out.put(e.getKey(), Normalisation.minMax(0, 100).withDirection(d).apply(raw));
            }
        }
        return out;
    }

    /** The test-only framework walk: aggregate each level's children into their parents. */
    static Map<String, double[]> aggregated(Map<String, double[]> scores, Aggregator aggregator) {
        Map<String, double[]> all = new LinkedHashMap<>(scores);
        int maxLevel = nodes.values().stream().mapToInt(v -> Integer.parseInt(v[0])).max().orElse(1);
        for (int level = 2; level <= maxLevel; level++) {
            Map<String, List<String>> children = new TreeMap<>();
            for (Map.Entry<String, String[]> e : nodes.entrySet()) {
                if (Integer.parseInt(e.getValue()[0]) == level - 1) {
                    children.computeIfAbsent(e.getValue()[1], k -> new ArrayList<>()).add(e.getKey());
                }
            }
            for (Map.Entry<String, List<String>> parent : children.entrySet()) {
                List<String> kids = parent.getValue();
                double[][] columns = new double[kids.size()][];
                double[] weights = new double[kids.size()];
                for (int k = 0; k < kids.size(); k++) {
                    columns[k] = all.get(kids.get(k));
                    weights[k] = Double.parseDouble(nodes.get(kids.get(k))[2]);
                }
                all.put(parent.getKey(), aggregator.aggregateColumns(columns, weights));
            }
        }
        return all;
    }

    static double compare(String what, CsvTable expected, Map<String, double[]> actual,
            int[] cells) {
        double worst = 0;
        for (Map.Entry<String, double[]> e : actual.entrySet()) {
            if (!expected.has(e.getKey())) {
                continue;
            }
            double[] want = expected.column(e.getKey(), "uCode", economies);
            double[] got = e.getValue();
            for (int i = 0; i < want.length; i++) {
                String where = what + " " + e.getKey() + " " + economies.get(i);
                if (Double.isNaN(want[i])) {
                    assertTrue(Double.isNaN(got[i]), where + ": expected missing, got " + got[i]);
                    continue;
                }
                double err = want[i] == 0 ? Math.abs(got[i]) : Math.abs(got[i] - want[i]) / Math.abs(want[i]);
                assertTrue(err <= REL, where + ": expected " + want[i] + ", got " + got[i]);
                worst = Math.max(worst, err);
                cells[0]++;
            }
        }
        return worst;
    }

    @Test
    void minMaxMatchesCoinrInEveryCell() {
        CsvTable expected = CsvTable.resource("D_plain_minmax_amean_dset_Normalised.csv");
        int[] cells = {0};
        double worst = compare("normalised", expected, normalised(), cells);
        assertEquals(51 * 49, cells[0] + 63, "cells compared (+ missing)");
        assertTrue(worst <= REL, "worst " + worst);
    }

    @Test
    void arithmeticAggregationMatchesCoinrAtEveryNode() {
        CsvTable expected = CsvTable.resource("D_plain_minmax_amean_dset_Aggregated.csv");
        Map<String, double[]> all = aggregated(normalised(), Aggregation.arithmetic());
        assertEquals(49 + 11, all.size());
        int[] cells = {0};
        double worst = compare("aggregated", expected, all, cells);
        assertEquals(51 * 60 - 63, cells[0]);
        assertTrue(worst <= REL, "worst " + worst);
    }

    @Test
    void competitionRanksMatchCoinr() {
        CsvTable expected = CsvTable.resource("D_plain_minmax_amean_ranks_index_pillars.csv");
        Map<String, double[]> all = aggregated(normalised(), Aggregation.arithmetic());
        int compared = 0;
        for (String code : expected.header.subList(2, expected.header.size())) {
            double[] want = expected.column(code, "uCode", economies);
            double[] got = Ranking.competition(all.get(code));
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], code + " " + economies.get(i));
                compared++;
            }
        }
        assertEquals(51 * 11, compared);
    }
}
