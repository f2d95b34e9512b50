package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Weights;
import org.junit.jupiter.api.Test;

/** Bad specs and bad data give errors that say where. */
class PipelineErrorsTest {

    static final Framework TREE = Framework.of(List.of(
            Node.indicator("a", "A", "P", 1, Direction.POSITIVE),
            Node.indicator("b", "B", "P", 1, Direction.NEGATIVE),
            Node.indicator("c", "C", "Q", 1, Direction.POSITIVE),
            Node.indicator("d", "D", "Q", 1, Direction.POSITIVE),
            Node.aggregate("P", "P", "I", 2, 1),
            Node.aggregate("Q", "Q", "I", 2, 1),
            Node.aggregate("I", "Index", null, 3, 1)));

    static Panel panel(double[][] cols) {
        Panel.Builder b = Panel.builder();
        String[] codes = {"a", "b", "c", "d"};
        for (int e = 0; e < cols[0].length; e++) {
            b.addEconomy(Economy.of("E" + e, "Economy " + e));
        }
        for (int i = 0; i < cols.length; i++) {
            b.addIndicator(Indicator.of(codes[i]));
            for (int e = 0; e < cols[i].length; e++) {
                if (!Double.isNaN(cols[i][e])) {
                    b.put("E" + e, codes[i], 2020, cols[i][e]);
                }
            }
        }
        return b.build();
    }

    static String message(IndexSpec spec, Panel p) {
        return assertThrows(IllegalArgumentException.class,
                () -> CompositeIndex.of(spec).run(IndexData.of(p, 2020))).getMessage();
    }

    static final double[][] GOOD = {{1, 2, 3, 4}, {4, 3, 2, 1}, {0, 5, 2, 1}, {3, 3, 1, 7}};

    static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' lacks '" + p + "'");
        }
    }

    @Test
    void indicatorMissingFromThePanelIsNamed() {
        double[][] three = {GOOD[0], GOOD[1], GOOD[2]};
        contains(message(IndexSpec.plain(TREE), panel(three)), "lacks", "d");
    }

    @Test
    void zeroVarianceIndicatorUnderMinMaxIsNamed() {
        double[][] cols = {GOOD[0], GOOD[1], {2, 2, 2, 2}, GOOD[3]};
        contains(message(IndexSpec.plain(TREE), panel(cols)), "Normalise", "indicator c");
    }

    @Test
    void allMissingIndicatorIsNamed() {
        double[][] cols = {GOOD[0], GOOD[1], GOOD[2], {Double.NaN, Double.NaN, Double.NaN, Double.NaN}};
        contains(message(IndexSpec.plain(TREE), panel(cols)), "indicator d has no value in 2020");
    }

    @Test
    void geometricMeanOfAZeroNamesTheEconomyAndNode() {
        String m = message(IndexSpec.of(TREE, Normalise.minMax(), Aggregate.with(Aggregate.Rule.geometric())),
                panel(GOOD));
        contains(m, "economy E", "node P", "a_gmean");
    }

    @Test
    void aDeclaredShiftLetsTheGeometricMeanTakeZeros() {
        IndexResult r = CompositeIndex.of(IndexSpec.of(TREE, Normalise.minMax(),
                Aggregate.with(Aggregate.Rule.geometric().withShift(1)))).run(IndexData.of(panel(GOOD), 2020));
        for (double v : r.indexScores()) {
            assertTrue(v >= 0 && v <= 100);
        }
    }

    @Test
    void unknownDenominatorGroupingAndImputerAreNamed() {
        contains(message(IndexSpec.of(TREE, Denominate.by(Map.of("a", "GDP")), Normalise.minMax()), panel(GOOD)),
                "Denominate", "GDP");
        contains(message(IndexSpec.of(TREE, Impute.of(ImputeMethod.groupMean("region"))), panel(GOOD)),
                "region");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CompositeIndex.of(IndexSpec.of(TREE, Impute.of(ImputeMethod.custom("em"))))).getMessage().contains("em"));
    }

    @Test
    void zeroWeightsForAllChildrenAreNamed() {
        String m = assertThrows(IllegalArgumentException.class, () -> CompositeIndex.of(IndexSpec.of(TREE,
                Weights.explicit(Map.of("c", 0.0, "d", 0.0)), Aggregate.arithmetic()))).getMessage();
        contains(m, "node Q");
    }

    @Test
    void structuralFaultsOfTheFrameworkAreLocated() {
        List<Node> nodes = new ArrayList<>(TREE.nodes());
        nodes.add(Node.indicator("a", "again", "P", 1, Direction.POSITIVE));
        contains(assertThrows(IllegalArgumentException.class, () -> Framework.of(nodes)).getMessage(), "duplicate", "a");
        List<Node> orphan = new ArrayList<>(TREE.nodes());
        orphan.set(0, Node.indicator("a", "A", "Nowhere", 1, Direction.POSITIVE));
        contains(assertThrows(IllegalArgumentException.class, () -> Framework.of(orphan)).getMessage(), "Nowhere");
        List<Node> cycle = new ArrayList<>(TREE.nodes());
        cycle.set(6, Node.aggregate("I", "Index", "P", 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Framework.of(cycle));
    }
}
