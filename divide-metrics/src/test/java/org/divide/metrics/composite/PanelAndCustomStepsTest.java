package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.junit.jupiter.api.Test;

/** Panel imputation over years, user imputers, zero screening and reference normalisation. */
class PanelAndCustomStepsTest {

    static final Framework TREE = Framework.of(List.of(
            Node.indicator("a", "A", "I", 1, Direction.POSITIVE),
            Node.indicator("b", "B", "I", 1, Direction.POSITIVE),
            Node.aggregate("I", "Index", null, 2, 1)));

    /** a over 2018–2020 with gaps; b complete; pop as denominator. */
    static Panel panel() {
        Panel.Builder p = Panel.builder();
        for (String e : List.of("X", "Y", "Z")) {
            p.addEconomy(Economy.of(e, e));
        }
        for (String i : List.of("a", "b", "pop")) {
            p.addIndicator(Indicator.of(i));
        }
        p.put("X", "a", 2018, 10).put("X", "a", 2020, 30);
        p.put("Y", "a", 2018, 5).put("Y", "a", 2019, 6);
        p.put("Z", "a", 2020, 8);
        for (int y = 2018; y <= 2020; y++) {
            p.put("X", "b", y, 1).put("Y", "b", y, 0).put("Z", "b", y, 3);
            p.put("X", "pop", y, 2).put("Y", "pop", y, y - 2016).put("Z", "pop", y, 4);
        }
        return p.build();
    }

    static IndexResult run(IndexSpec spec, int year) {
        return CompositeIndex.of(spec).run(IndexData.of(panel(), year));
    }

    @Test
    void panelMethodsFillTheYearFromTheEconomysSeries() {
        IndexResult linear = run(IndexSpec.of(TREE, Impute.of(ImputeMethod.linear())), 2019);
        assertEquals(20, linear.imputed().value("X", "a"));
        assertEquals(8, linear.imputed().value("Z", "a"));
        IndexResult locf = run(IndexSpec.of(TREE, Impute.of(ImputeMethod.lastObservation())), 2019);
        assertEquals(10, locf.imputed().value("X", "a"));
        assertTrue(Double.isNaN(locf.imputed().value("Z", "a")));
        assertEquals(1, locf.imputation().orElseThrow().remaining().size());
        IndexResult limited = run(IndexSpec.of(TREE, Impute.of(new ImputeMethod.LastObservation(1))), 2020);
        assertEquals(6, limited.imputed().value("Y", "a"));
        IndexResult constant = run(IndexSpec.of(TREE, Impute.of(ImputeMethod.constant())), 2019);
        assertEquals(8, constant.imputed().value("Z", "a"));
    }

    @Test
    void panelImputationAfterDenominationDenominatesEveryYear() {
        IndexResult r = run(IndexSpec.of(TREE, Denominate.by(Map.of("a", "pop")), Impute.of(ImputeMethod.linear())), 2020);
        // Y: 2018 5/2, 2019 6/3 = 2, held flat to 2020
        assertEquals(2, r.imputed().value("Y", "a"), 1e-15);
        assertEquals(15, r.imputed().value("X", "a"), 0);
        assertThrows(IllegalArgumentException.class,
                () -> CompositeIndex.of(IndexSpec.of(TREE, Normalise.minMax(), Impute.of(ImputeMethod.linear()))));
    }

    @Test
    void aRegisteredUserImputerFillsEachColumn() {
        IndexSpec spec = IndexSpec.of(TREE, Impute.of(ImputeMethod.custom("zero")));
        CompositeIndex index = CompositeIndex.of(spec, Map.of("zero", x -> {
            double[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
                y[i] = Double.isNaN(y[i]) ? 0 : y[i];
            }
            return y;
        }));
        IndexResult r = index.run(IndexData.of(panel(), 2019));
        assertEquals(0, r.imputed().value("Z", "a"));
        CompositeIndex liar = CompositeIndex.of(spec, Map.of("zero", x -> new double[x.length]));
        String m = assertThrows(IllegalArgumentException.class, () -> liar.run(IndexData.of(panel(), 2019)))
                .getMessage();
        assertTrue(m.contains("indicator a") && m.contains("changed the present value"), m);
    }

    @Test
    void screeningByZerosRemovesEconomiesMostlyZero() {
        IndexResult r = run(IndexSpec.of(TREE, Screen.by(new ScreenRule.ByZeros(0.6))), 2019);
        assertEquals(List.of("X", "Z"), r.economies());
        assertEquals(ScreeningReport.Verdict.TOO_MANY_ZEROS, r.screening().orElseThrow().removed().get(0).verdict());
    }

    @Test
    void distanceToAReferenceEconomyAndUnconditionalTransforms() {
        IndexResult r = run(IndexSpec.of(TREE, Impute.of(ImputeMethod.linear()),
                Treat.coinr().withOverride("b", org.divide.core.spec.TreatMethod.transform(TransformMethod.boxCox(0))),
                Normalise.with(NormaliseMethod.distanceToReference("X"))), 2019);
        assertEquals(1, r.normalised().value("X", "a"), 1e-15);
        assertEquals(Math.log(1 - 0 + 1), r.treated().value("X", "b"), 1e-15);
        assertEquals("boxcox(0.0)", r.treatment().get("b").transform());
        String m = assertThrows(IllegalArgumentException.class, () -> run(IndexSpec.of(TREE,
                Normalise.with(NormaliseMethod.distanceToReference("Q"))), 2019)).getMessage();
        assertTrue(m.contains("reference economy Q"), m);
    }
}
