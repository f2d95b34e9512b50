package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.spec.CorrelationType;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Weights;
import org.divide.metrics.aggregate.Outranking;
import org.divide.metrics.analysis.ComponentRemoval;
import org.divide.metrics.analysis.CorrelationMatrix;
import org.divide.metrics.analysis.CorrelationTest;
import org.divide.metrics.analysis.Correlations;
import org.divide.metrics.analysis.CronbachAlpha;
import org.divide.metrics.analysis.Dominance;
import org.divide.metrics.analysis.IndicatorStatistics;
import org.divide.metrics.analysis.IndicatorStats;
import org.divide.metrics.analysis.PrincipalComponents;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.internal.column.CsvTable;
import org.junit.jupiter.api.Test;

/** The audit of COINr's plain ASEM build. */
class AsemAuditTest {

    static final CompositeIndex INDEX = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK));
    static final IndexResult RESULT = INDEX.run(AsemFixture.data());

    @Test
    void statisticsFlagTheIndicatorsTheTreatmentWouldTreat() {
        List<IndicatorStats> stats = IndicatorStatistics.coinr().of(RESULT.raw());
        assertEquals(49, stats.size());
        CsvTable ref = CsvTable.at("/org/divide/testdata/coinr/treat_asem_raw_reference.csv");
        for (int i = 0; i < ref.rows.size(); i++) {
            String code = ref.text(i, "iCode");
            IndicatorStats s = stats.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            assertEquals(Double.parseDouble(ref.text(i, "skew")), s.skewness(), 1e-12, code);
            assertEquals(Double.parseDouble(ref.text(i, "kurt")), s.kurtosis(), 1e-12, code);
        }
        assertTrue(stats.stream().anyMatch(IndicatorStats::outliers));
        IndicatorStats tir = stats.stream().filter(x -> x.code().equals("TIRcon")).findFirst().orElseThrow();
        assertTrue(tir.lowUnique());
    }

    @Test
    void correlationsWithinAndAcrossLevels() {
        CorrelationMatrix pillars = Correlations.levels(RESULT, 2, 2, CorrelationType.PEARSON);
        assertEquals(8, pillars.rows().size());
        assertEquals(1, pillars.get("P2P", "P2P").r(), 1e-12);
        CorrelationMatrix across = Correlations.levels(RESULT, 1, 4, CorrelationType.SPEARMAN);
        assertEquals(49, across.rows().size());
        Map<String, CorrelationTest> parents = Correlations.withParents(RESULT, 2, CorrelationType.PEARSON);
        assertEquals(8, parents.size());
        for (CorrelationTest t : parents.values()) {
            assertTrue(t.r() > 0 && t.p() < 0.05, t.toString());
        }
        double[][] sig = across.significant(0.05);
        assertEquals(49, sig.length);
    }

    @Test
    void cronbachPcaAndDominanceOfAPillar() {
        double alpha = CronbachAlpha.ofChildren(RESULT, "Conn");
        assertTrue(alpha > 0 && alpha < 1, "alpha " + alpha);
        PrincipalComponents p = PrincipalComponents.ofChildren(RESULT, "Physical");
        assertEquals(8, p.codes().size());
        assertTrue(p.varianceExplained()[0] > 1.0 / 8);
        PrincipalComponents raw = PrincipalComponents.ofChildren(RESULT, RESULT.raw(), "Physical");
        assertEquals(p.variances()[0], raw.variances()[0], 1e-9);
        double rawAlpha = CronbachAlpha.ofChildren(RESULT, RESULT.raw(), "Physical");
        assertTrue(!Double.isNaN(rawAlpha));
        Outranking o = Dominance.ofChildren(RESULT, "Index");
        assertTrue(o.dominantPairs() > 0 && o.dominantShare() < 1);
    }

    @Test
    void removingEachPillarMovesRanksAsRebuildingWithoutItDoes() {
        List<ComponentRemoval.Effect> effects = ComponentRemoval.of(INDEX, RESULT, 2);
        assertEquals(8, effects.size());
        for (ComponentRemoval.Effect e : effects) {
            assertTrue(e.meanAbsoluteChange() > 0, e.node());
        }
        ComponentRemoval.Effect env = effects.stream().filter(e -> e.node().equals("Environ")).findFirst()
                .orElseThrow();
        IndexResult without = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK).withStep(
                Weights.explicit(Map.of("Environ", 0.0)))).run(AsemFixture.data());
        double[] before = RESULT.ranks("Index");
        double[] after = without.ranks("Index");
        double sum = 0;
        for (int e = 0; e < before.length; e++) {
            sum += Math.abs(after[e] - before[e]);
        }
        assertEquals(sum / before.length, env.meanAbsoluteChange(), 1e-12);
    }
}
