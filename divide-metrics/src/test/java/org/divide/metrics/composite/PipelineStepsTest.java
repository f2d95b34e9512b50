package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Grouping;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.StepKind;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.metrics.internal.column.CsvTable;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.treat.TreatmentOutcome;
import org.divide.metrics.treat.TreatmentReport;
import org.junit.jupiter.api.Test;

/** Each step of the pipeline on the ASEM data, checked by formula or against COINr. */
class PipelineStepsTest {

    static final IndexData DATA = AsemFixture.data();

    static IndexResult run(IndexSpec spec) {
        return CompositeIndex.of(spec).run(DATA);
    }

    @Test
    void denominateDividesByTheDenominatorOverItsScale() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK,
                Denominate.by(Map.of("Goods", "GDP", "Flights", "Population")).withScales(Map.of("Flights", 1000.0))));
        double goods = DATA.panel().value("AUT", "Goods", 2018);
        double gdp = DATA.panel().value("AUT", "GDP", 2018);
        assertEquals(goods / gdp, r.denominated().value("AUT", "Goods"), 0);
        double flights = DATA.panel().value("AUT", "Flights", 2018);
        double pop = DATA.panel().value("AUT", "Population", 2018);
        assertEquals(flights / (pop / 1000), r.denominated().value("AUT", "Flights"), 0);
        assertEquals(DATA.panel().value("AUT", "LPI", 2018), r.denominated().value("AUT", "LPI"), 0);
    }

    @Test
    void groupMeanImputationFillsFromTheEconomysGroupAndReportsEveryCell() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK, Impute.of(ImputeMethod.groupMean("EurAsia_group"))));
        ImputationReport report = r.imputation().orElseThrow();
        assertEquals(63, report.imputed().size());
        assertTrue(report.remaining().isEmpty());
        Grouping g = AsemFixture.grouping("EurAsia_group");
        ImputationReport.Cell c = report.imputed().get(0);
        String group = g.label(c.economy()).orElseThrow();
        double[] raw = r.raw().column(c.indicator());
        double sum = 0;
        int n = 0;
        for (int e = 0; e < raw.length; e++) {
            if (!Double.isNaN(raw[e]) && g.label(r.raw().economies().get(e)).orElseThrow().equals(group)) {
                sum += raw[e];
                n++;
            }
        }
        assertEquals(sum / n, c.value(), 1e-12 * Math.abs(c.value()));
        assertEquals(c.value(), r.imputed().value(c.economy(), c.indicator()), 0);
    }

    @Test
    void rowImputationWithinPillarsLeavesNothingMissing() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK, Impute.of(new ImputeMethod.RowMean(2, true))));
        for (double[] c : r.imputed().columns()) {
            for (double v : c) {
                assertFalse(Double.isNaN(v));
            }
        }
    }

    @Test
    void screeningRemovesEconomiesBelowTheThresholdAndSaysWhy() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK,
                Screen.by(new ScreenRule.ByMissing(0.95)).withForced(List.of("BRN"), List.of("AUT"))));
        ScreeningReport s = r.screening().orElseThrow();
        assertEquals(51, s.entries().size());
        List<String> removed = s.removed().stream().map(ScreeningReport.Entry::economy).toList();
        assertTrue(removed.contains("AUT"));
        assertFalse(r.economies().contains("AUT"));
        assertEquals(51 - removed.size(), r.economies().size());
        for (ScreeningReport.Entry e : s.removed()) {
            assertTrue(e.verdict() == ScreeningReport.Verdict.FORCED_OUT || e.availability() < 0.95, e.toString());
        }
        assertTrue(r.economies().contains("BRN"));
        assertEquals(r.economies(), r.aggregated().economies());
        assertEquals(51, r.raw().economies().size());
    }

    @Test
    void treatmentThroughThePipelineMatchesCoinrOnTheRawData() {
        CsvTable ref = CsvTable.at("/org/divide/testdata/coinr/treat_asem_raw_reference.csv");
        for (int winmax : new int[] {5, 1}) {
            IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK,
                    Treat.with(TreatMethod.coinr().withWinsorisationLimit(winmax))));
            Map<String, TreatmentReport> reports = r.treatment();
            assertEquals(49, reports.size());
            int checked = 0;
            for (int i = 0; i < ref.rows.size(); i++) {
                if (Integer.parseInt(ref.text(i, "winmax")) != winmax) {
                    continue;
                }
                String code = ref.text(i, "iCode");
                assertEquals(TreatmentOutcome.valueOf(ref.text(i, "outcome")), reports.get(code).outcome(), code);
                String[] want = ref.text(i, "values").split(";", -1);
                double[] got = r.treated().column(code);
                for (int e = 0; e < want.length; e++) {
                    if (want[e].isEmpty()) {
                        assertTrue(Double.isNaN(got[e]));
                    } else {
                        double w = Double.parseDouble(want[e]);
                        assertEquals(w, got[e], 1e-12 * Math.max(1, Math.abs(w)), code + " " + e);
                    }
                }
                checked++;
            }
            assertEquals(49, checked);
        }
    }

    @Test
    void normalisationOverridesAndDirectionsApplyPerIndicator() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.minMax()
                .withOverride("LPI", NormaliseMethod.goalposts(1, 5).withRange(0, 100))
                .withOverride("Tariff", NormaliseMethod.zScore(10, 2))));
        double lpi = DATA.panel().value("AUT", "LPI", 2018);
        assertEquals((lpi - 1) / 4 * 100, r.normalised().value("AUT", "LPI"), 1e-12);
        double[] tariff = r.normalised().column("Tariff");
        double mean = 0;
        int n = 0;
        for (double v : tariff) {
            if (!Double.isNaN(v)) {
                mean += v;
                n++;
            }
        }
        assertEquals(10, mean / n, 1e-9);
    }

    @Test
    void mixedAggregatorsWithinOneLevelEachFollowTheirRule() {
        Aggregate step = Aggregate.arithmetic().withNode("Physical", Aggregate.Rule.of(AggregateMethod.median()))
                .withNode("Political", Aggregate.Rule.generalised(2));
        IndexResult mixed = run(IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.minMax(), step));
        IndexResult plain = run(IndexSpec.plain(AsemFixture.FRAMEWORK));
        assertArrayEquals(plain.scores("Instit"), mixed.scores("Instit"), 0);
        assertNotEquals(plain.scores("Physical")[0], mixed.scores("Physical")[0]);
        double[] row = new double[3];
        for (int j = 0; j < 3; j++) {
            row[j] = mixed.aggregated().value("AUT", List.of("Embs", "IGOs", "UNVote").get(j));
        }
        double p2 = Math.sqrt((row[0] * row[0] + row[1] * row[1] + row[2] * row[2]) / 3);
        assertEquals(p2, mixed.aggregated().value("AUT", "Political"), 1e-12);
    }

    @Test
    void geometricMeanOnMinMaxFromOneWorksAndCopelandCounts() {
        IndexResult g = run(IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.with(NormaliseMethod.minMax(1, 100)),
                Aggregate.with(Aggregate.Rule.geometric())));
        for (double v : g.indexScores()) {
            assertTrue(v >= 1 && v <= 100);
        }
        IndexResult c = run(IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.minMax(),
                Aggregate.arithmetic().withLevel(4, Aggregate.Rule.of(AggregateMethod.copeland()))));
        double sum = 0;
        for (double v : c.indexScores()) {
            sum += v;
            assertTrue(Math.abs(v) <= 50);
        }
        assertEquals(0, sum, 0);
    }

    @Test
    void availabilityThresholdMakesThinAggregatesMissing() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.minMax(),
                Aggregate.arithmetic().withLevel(2, Aggregate.Rule.arithmetic().withAvailabilityThreshold(1))));
        int missing = 0;
        for (String pillar : List.of("Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
                "SusEcFin")) {
            for (double v : r.scores(pillar)) {
                missing += Double.isNaN(v) ? 1 : 0;
            }
        }
        assertTrue(missing > 0);
        double[] ranks = r.ranks("Physical");
        double[] scores = r.scores("Physical");
        for (int e = 0; e < ranks.length; e++) {
            assertEquals(Double.isNaN(scores[e]), Double.isNaN(ranks[e]));
        }
    }

    @Test
    void aStepAbsentLeavesItsStageEqualToTheOneBefore() {
        IndexResult r = run(IndexSpec.of(AsemFixture.FRAMEWORK, Impute.mean(), Normalise.minMax(), Aggregate.arithmetic()));
        assertEquals(r.imputed(), r.screened());
        assertEquals(r.imputed(), r.treated());
        assertTrue(r.stage(StepKind.SCREEN).isEmpty());
        assertEquals(r.raw(), r.denominated());
        assertEquals(List.of("Raw", "Imputed", "Normalised", "Aggregated"), r.stages().stream().map(Stage::name).toList());
    }
}
