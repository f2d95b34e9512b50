package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.core.spec.IndexSpec;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.internal.column.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline reproduces COINr 1.1.14's plain ASEM build (min-max onto [0, 100], weighted
 * arithmetic means, missing values skipped) at every node: the normalised stage, every aggregate
 * of the aggregated stage, the full-precision index/sub-index/pillar scores and the ranks.
 * References: {@code /coinr/} and {@code /composite/} (see their READMEs). Tolerance
 * {@value #TOL} absolute on scores in [0, 100].
 */
class AsemPlainParityTest {

    static final double TOL = 1e-9;
    static IndexResult result;
    static List<String> economies;

    @BeforeAll
    static void build() {
        result = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        economies = result.economies();
    }

    static double compare(CsvTable expected, Stage stage, int[] cells) {
        double worst = 0;
        for (String code : stage.codes()) {
            if (!expected.header.contains(code)) {
                continue;
            }
            double[] want = expected.column(code, "uCode", economies);
            double[] got = stage.column(code);
            for (int e = 0; e < want.length; e++) {
                String where = stage.name() + " " + code + " " + economies.get(e);
                if (Double.isNaN(want[e])) {
                    assertTrue(Double.isNaN(got[e]), where + ": expected missing, got " + got[e]);
                    continue;
                }
                double err = Math.abs(got[e] - want[e]);
                assertTrue(err <= TOL, where + ": expected " + want[e] + ", got " + got[e]);
                worst = Math.max(worst, err);
                cells[0]++;
            }
        }
        return worst;
    }

    @Test
    void everyNormalisedIndicatorMatches() {
        int[] cells = {0};
        double worst = compare(CsvTable.at("/org/divide/testdata/coinr/D_plain_minmax_amean_dset_Normalised.csv"),
                result.normalised(), cells);
        assertEquals(51 * 49 - 63, cells[0]);
        assertTrue(worst < 1e-12, "worst " + worst);
    }

    @Test
    void everyNodeOfTheAggregatedStageMatches() {
        int[] cells = {0};
        double worst = compare(CsvTable.at("/org/divide/testdata/coinr/D_plain_minmax_amean_dset_Aggregated.csv"),
                result.aggregated(), cells);
        assertEquals(60, result.aggregated().codes().size());
        assertEquals(51 * 60 - 63, cells[0]);
        assertTrue(worst < 1e-12, "worst " + worst);
    }

    @Test
    void indexAndPillarScoresMatchAtFullPrecision() {
        int[] cells = {0};
        compare(CsvTable.at("/composite/D_plain_minmax_amean_scores_index_pillars_fullprec.csv"),
                result.aggregated(), cells);
        assertEquals(51 * 11, cells[0]);
    }

    @Test
    void ranksOfIndexSubIndicesAndPillarsMatch() {
        CsvTable expected = CsvTable.at("/org/divide/testdata/coinr/D_plain_minmax_amean_ranks_index_pillars.csv");
        int compared = 0;
        for (String code : expected.header.subList(2, expected.header.size())) {
            double[] want = expected.column(code, "uCode", economies);
            double[] got = result.ranks(code);
            for (int e = 0; e < want.length; e++) {
                assertEquals(want[e], got[e], code + " " + economies.get(e));
                compared++;
            }
        }
        assertEquals(51 * 11, compared);
        CsvTable table = CsvTable.at("/composite/D_plain_minmax_amean_get_results_Aggs_2dp.csv");
        assertEquals(table.strings("Rank").stream().map(Double::valueOf).toList(),
                table.strings("uCode").stream().map(c -> result.ranks("Index")[economies.indexOf(c)]).toList());
    }

    @Test
    void aStageConvertsToAPanelOfTheYear() {
        org.divide.core.Panel p = result.toPanel(result.aggregated());
        assertEquals(60, p.indicatorCount());
        assertEquals(51, p.economyCount());
        assertEquals(result.aggregated().value("DEU", "Index"), p.value("DEU", "Index", 2018), 0);
        assertEquals("Sustainable Connectivity", p.indicator("Index").name());
        assertEquals(1.0, result.toPanel(result.rankStage()).value("DEU", "Index", 2018), 0);
    }

    @Test
    void stagesAreNamedAsCoinrDataSets() {
        assertEquals(List.of("Raw", "Normalised", "Aggregated"), result.stages().stream().map(Stage::name).toList());
        assertEquals(result.raw(), result.treated());
        assertEquals(1.0, result.weights().get("Index"));
    }
}
