package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Framework;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.CorrelationType;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.Treat;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.divide.metrics.analysis.ComponentRemoval;
import org.divide.metrics.analysis.CorrelationTest;
import org.divide.metrics.analysis.Correlations;
import org.divide.metrics.analysis.IndicatorStatistics;
import org.divide.metrics.analysis.IndicatorStats;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.treat.TreatmentReport;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/composite.md}, compiled and run (keep the two in step). */
class CompositeGuideTest {

    @Test
    void theAsemExampleEndToEnd() {
        Panel panel = AsemFixture.PANEL;              // ASEM_iData: indicators and denominators, 2018
        Framework framework = AsemFixture.FRAMEWORK;  // ASEM_iMeta: 49 indicators, 8 pillars, 2 sub-indices
        Map<String, String> denominators = AsemFixture.denominators();

        // 1. The plain build: COINr's defaults
        IndexData data = IndexData.of(panel, 2018).withGrouping(AsemFixture.grouping("EurAsia_group"));
        IndexResult plain = CompositeIndex.of(IndexSpec.plain(framework)).run(data);
        double[] index = plain.indexScores();
        double[] ranks = plain.ranks("Index");

        // 2. The default build: denominate, impute by group, screen, treat, normalise, aggregate
        IndexSpec spec = IndexSpec.of(framework,
                Denominate.by(denominators),
                Impute.of(ImputeMethod.groupMean("EurAsia_group")),
                Screen.by(ScreenRule.byMissing()),
                Treat.coinr(),
                Normalise.minMax(),
                Aggregate.arithmetic());
        CompositeIndex compiled = CompositeIndex.of(spec);
        IndexResult result = compiled.run(data);

        // 3. Every stage and report
        double gdpShare = result.denominated().value("AUT", "Goods");
        int imputed = result.imputation().orElseThrow().imputed().size();
        int removed = result.screening().orElseThrow().removed().size();
        TreatmentReport goods = result.treatment().get("Goods");
        double sust = result.aggregated().value("AUT", "Sust");
        double[] europeRanks = result.ranksWithin("Index", AsemFixture.grouping("EurAsia_group"));

        // 4. One assumption changed: re-run from the normalisation on
        IndexResult geometric = compiled.withSpec(spec
                        .withStep(Normalise.with(NormaliseMethod.minMax(1, 100)))
                        .withStep(Aggregate.with(Aggregate.Rule.geometric())))
                .rerun(result);

        // 5. Weights and the audit
        IndexResult pca = compiled.withSpec(spec.withStep(Weights.of(WeightMethod.pca(1)))).rerun(result);
        IndexResult balanced = compiled.withSpec(spec.withStep(Weights.of(WeightMethod.optimised(2))))
                .rerun(result);
        List<IndicatorStats> stats = IndicatorStatistics.coinr().of(result.raw());
        Map<String, CorrelationTest> withParents = Correlations.withParents(result, 2, CorrelationType.PEARSON);
        List<ComponentRemoval.Effect> removal = ComponentRemoval.of(compiled, result, 2);

        assertEquals(51, index.length);
        assertEquals(1, ranks[plain.economies().indexOf("DEU")]);
        assertTrue(gdpShare > 0 && imputed >= 63 && removed >= 0 && goods != null && sust > 0, imputed + " " + removed);
        assertEquals(51, europeRanks.length);
        assertTrue(geometric.normalised() != result.normalised() && result.treated() == geometric.treated());
        assertEquals(1, pca.weights().get("LPI") + pca.weights().get("Flights") + pca.weights().get("Ship")
                + pca.weights().get("Bord") + pca.weights().get("Elec") + pca.weights().get("Gas")
                + pca.weights().get("ConSpeed") + pca.weights().get("Cov4G"), 1e-12);
        assertTrue(balanced.optimisation().isPresent());
        assertEquals(49, stats.size());
        assertEquals(8, withParents.size());
        assertEquals(8, removal.size());
    }
}
