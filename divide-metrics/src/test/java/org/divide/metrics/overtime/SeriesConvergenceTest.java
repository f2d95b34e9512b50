package org.divide.metrics.overtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * σ- and β-convergence of the index over time equal the dynamics package's figures on a panel of
 * the index columns of the balanced economies; the balanced sample is the economies scored at the
 * index and every pillar in every year.
 */
class SeriesConvergenceTest {

    @Test
    void convergenceIsTheDynamicsPackagesOnTheIndexColumns() {
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(IndexOverTimeTest.asemYears(),
                List.of());
        List<SeriesConvergence> all = SeriesConvergence.of(s, Measure.gini());
        assertEquals(s.indexAndPillars().size(), all.size());
        assertEquals(List.of("Index", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
                "SusEcFin"), s.indexAndPillars());
        BalancedSample sample = all.get(0).sample();
        assertEquals(51, sample.economies().size());
        assertEquals("51 economies with a score at Index, Physical, ConEcFin, Political, Instit, P2P, Environ, Social,"
                + " SusEcFin in every year 2018–2020 (0 left out)",
                sample.statement());
        for (SeriesConvergence c : all) {
            Panel.Builder b = Panel.builder().addIndicator(Indicator.of(c.node()));
            for (String e : sample.economies()) {
                b.addEconomy(Economy.of(e, e));
                for (int y : s.years()) {
                    b.put(e, c.node(), y, s.score(c.node(), e, y));
                }
            }
            Panel scores = b.build();
            SigmaConvergenceResult sigma = SigmaConvergence.of(Measure.gini()).compute(scores, c.node(), null);
            assertArrayEquals(sigma.values(), c.sigma().values(), c.node());
            assertEquals(sigma.trend().slope(), c.sigma().trend().slope(), 0.0);
            assertEquals(sigma.verdict(), c.sigma().verdict());
            BetaConvergenceResult beta = BetaConvergence.estimate(scores, c.node(), 2018, 2020);
            assertEquals(beta.beta(), c.beta().beta(), 0.0, c.node());
            assertEquals(beta.observations(), c.beta().observations());
            assertEquals(beta.excludedNonPositive(), c.beta().excludedNonPositive());
        }
    }

    @Test
    void oneYearIsNotATrend() {
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(IndexOverTimeTest.smallFramework()))
                .run(IndexOverTimeTest.small(), new int[] {2020}, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeriesConvergence.of(s));
        assertEquals("convergence needs two or more years; built: 2020", e.getMessage());
    }
}
