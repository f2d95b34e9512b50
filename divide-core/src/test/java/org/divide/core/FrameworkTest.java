package org.divide.core;

import static org.divide.core.PanelTest.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.divide.core.Framework.Node;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    private static final double EXACT = 1e-15;

    /**
     * Index (3) ── Infra (2, weight 2) ── BB, MOB (1, weights 1, 3)
     *          └─ Skills (2, weight 1) ── TERT (1, NEGATIVE).
     */
    static List<Node> small() {
        return List.of(Node.aggregate("Index", "AI readiness", null, 3, 1),
                Node.aggregate("Infra", "Infrastructure", "Index", 2, 2),
                Node.aggregate("Skills", "Human capital", "Index", 2, 1),
                Node.indicator("BB", "Broadband", "Infra", 1, Direction.POSITIVE),
                Node.indicator("MOB", "Mobile", "Infra", 3, Direction.POSITIVE),
                Node.indicator("TERT", "Tertiary dropout", "Skills", 1, Direction.NEGATIVE));
    }

    static List<Node> replace(List<Node> nodes, Node node) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.replaceAll(n -> n.code().equals(node.code()) ? node : n);
        return copy;
    }

    static List<Node> plus(List<Node> nodes, Node... more) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.addAll(List.of(more));
        return copy;
    }

    @Test
    void answersStructuralQueries() {
        Framework f = Framework.of(small());
        assertEquals("Index", f.root().code());
        assertEquals(3, f.levels());
        assertEquals(6, f.size());
        assertEquals(List.of("Infra", "Skills"), codes(f.children("Index")));
        assertEquals(List.of(), f.children("BB"));
        assertEquals(Optional.of(f.node("Infra")), f.parent("MOB"));
        assertEquals(Optional.empty(), f.parent("Index"));
        assertEquals(List.of("BB", "MOB", "TERT"), codes(f.leaves()));
        assertEquals(List.of("BB", "MOB", "TERT"), f.indicatorCodes());
        assertEquals(List.of("Infra", "Skills"), codes(f.nodesAtLevel(2)));
        assertEquals(List.of("Index"), codes(f.nodesAtLevel(3)));
        assertEquals(List.of("BB", "MOB"), codes(f.indicatorsUnder("Infra")));
        assertEquals(List.of("BB", "MOB", "TERT"), codes(f.indicatorsUnder("Index")));
        assertEquals(List.of("TERT"), codes(f.indicatorsUnder("TERT")));
        assertEquals(List.of("MOB", "Infra", "Index"), codes(f.lineage("MOB")));
        assertEquals(List.of("Index"), codes(f.lineage("Index")));
        assertEquals(Direction.NEGATIVE, f.node("TERT").direction());
        assertTrue(f.contains("Skills"));
        assertTrue(!f.contains("Skill"));
        assertEquals(small(), f.nodes());
    }

    @Test
    void effectiveWeightsMultiplyNormalisedWeightsAlongTheLineage() {
        Framework f = Framework.of(small());
        assertEquals(1.0, f.effectiveWeight("Index"), EXACT);
        assertEquals(2.0 / 3, f.effectiveWeight("Infra"), EXACT);
        assertEquals(1.0 / 3, f.effectiveWeight("Skills"), EXACT);
        assertEquals(2.0 / 3 * 1 / 4, f.effectiveWeight("BB"), EXACT);
        assertEquals(2.0 / 3 * 3 / 4, f.effectiveWeight("MOB"), EXACT);
        assertEquals(1.0 / 3, f.effectiveWeight("TERT"), EXACT);
    }

    @Test
    void theRootWeightIsIgnored() {
        Framework f = Framework.of(replace(small(), Node.aggregate("Index", "AI readiness", null, 3, 0)));
        assertEquals(1.0, f.effectiveWeight("Index"));
        assertEquals(1.0 / 3, f.effectiveWeight("TERT"), EXACT);
    }

    @Test
    void withWeightReturnsANewFramework() {
        Framework f = Framework.of(small());
        Framework g = f.withWeight("Skills", 2);
        assertEquals(0.5, g.effectiveWeight("TERT"), EXACT);
        assertEquals(1.0 / 3, f.effectiveWeight("TERT"), EXACT);
        assertEquals(2, g.node("Skills").weight());
        assertEquals(List.of("Infra", "Skills"), codes(g.children("Index")), "position kept");
        Framework zeroed = f.withWeight("BB", 0);
        assertEquals(0, zeroed.effectiveWeight("BB"));
        assertEquals(2.0 / 3, zeroed.effectiveWeight("MOB"), EXACT);
        assertRejects(() -> zeroed.withWeight("MOB", 0), "Infra", "weight 0", "BB", "MOB");
        assertRejects(() -> f.withWeight("BB", -1), "BB", "-1.0");
        assertRejects(() -> f.withWeight("XX", 1), "XX");
    }

    @Test
    void unknownCodesAreNamed() {
        Framework f = Framework.of(small());
        for (String code : List.of("node", "children", "parent", "indicatorsUnder", "lineage", "effectiveWeight")) {
            assertRejects(() -> {
                switch (code) {
                    case "node" -> f.node("XX");
                    case "children" -> f.children("XX");
                    case "parent" -> f.parent("XX");
                    case "indicatorsUnder" -> f.indicatorsUnder("XX");
                    case "lineage" -> f.lineage("XX");
                    default -> f.effectiveWeight("XX");
                }
            }, "unknown framework node: XX");
        }
        assertRejects(() -> f.nodesAtLevel(0), "level", "0");
        assertRejects(() -> f.nodesAtLevel(4), "level", "4");
    }

    @Test
    void returnedListsAreUnmodifiable() {
        Framework f = Framework.of(small());
        assertThrows(UnsupportedOperationException.class, () -> f.nodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.children("Index").clear());
        assertThrows(UnsupportedOperationException.class, () -> f.lineage("BB").clear());
        assertThrows(UnsupportedOperationException.class, () -> f.leaves().clear());
    }

    @Test
    void builderAndFactoryAgree() {
        Framework.Builder b = Framework.builder();
        small().forEach(b::add);
        Framework built = b.build();
        assertEquals(Framework.of(small()), built);
        assertEquals(Framework.of(small()).hashCode(), built.hashCode());
        assertEquals(built, Framework.builder().addAll(small()).build());
        assertNotEquals(built, built.withWeight("BB", 2));
        assertEquals("Framework[root=Index, levels=3, nodes=6, indicators=3]", built.toString());
    }

    @Test
    void aSingleIndicatorIsAFramework() {
        Framework f = Framework.of(List.of(Node.indicator("X", "x", null, 1, Direction.POSITIVE)));
        assertEquals(1, f.levels());
        assertEquals(List.of("X"), f.indicatorCodes());
        assertEquals(1.0, f.effectiveWeight("X"));
    }

    @Test
    void validateAgainstListsTheMissingIndicators() {
        Framework f = Framework.of(small());
        Panel panel = Panel.builder().addIndicator(Indicator.of("MOB")).build();
        assertRejects(() -> f.validateAgainst(panel), "BB, TERT");
        f.validateAgainst(Panel.builder().addIndicator(Indicator.of("TERT")).addIndicator(Indicator.of("BB"))
                .addIndicator(Indicator.of("MOB")).addIndicator(Indicator.of("EXTRA")).build());
    }

    @Test
    void checksEachNodeOnItsOwn() {
        assertRejects(() -> Node.indicator(" ", "x", "P", 1, Direction.POSITIVE), "node code", "blank");
        assertRejects(() -> Node.indicator("A", "x", "", 1, Direction.POSITIVE), "parent of node A", "blank");
        assertRejects(() -> Node.aggregate("A", "x", "A", 2, 1), "A", "its own parent");
        assertRejects(() -> Node.indicator("A", "x", "P", -0.5, Direction.POSITIVE), "weight of node A", "-0.5");
        assertRejects(() -> Node.indicator("A", "x", "P", Double.NaN, Direction.POSITIVE), "weight of node A", "NaN");
        assertRejects(() -> Node.aggregate("A", "x", "P", 2, Double.POSITIVE_INFINITY), "weight of node A",
                "Infinity");
        assertRejects(() -> Node.aggregate("A", "x", "P", 0, 1), "level of node A", "0");
        assertRejects(() -> Node.aggregate("A", "x", "P", 1, 1), "aggregate node A", "level 1");
        assertRejects(() -> new Node("A", "x", "P", 2, 1, Direction.POSITIVE, true), "indicator node A", "level 2");
        assertThrows(NullPointerException.class, () -> new Node("A", "x", "P", 2, 1, null, false));
    }

    @Test
    void rejectsInvalidTreesNamingNodeAndValue() {
        List<Node> nodes = small();
        assertRejects(() -> Framework.of(List.of()), "no nodes");
        assertRejects(() -> Framework.of(plus(nodes, Node.indicator("BB", "again", "Skills", 1, Direction.POSITIVE))),
                "duplicate node code", "BB");
        assertRejects(() -> Framework.of(replace(nodes, Node.indicator("TERT", "t", "Skils", 1, Direction.NEGATIVE))),
                "node TERT", "unknown parent", "Skils");
        assertRejects(() -> Framework.of(replace(nodes, Node.aggregate("Skills", "s", null, 2, 1))),
                "several roots", "Index, Skills");
        assertRejects(() -> Framework.of(replace(nodes, Node.aggregate("Index", "i", "Infra", 3, 1))), "no root");
        assertRejects(() -> Framework.of(plus(nodes, Node.aggregate("X", "x", "Y", 2, 1),
                Node.aggregate("Y", "y", "X", 3, 1))), "cycle", "X -> Y -> X");
        assertRejects(() -> Framework.of(replace(nodes, Node.aggregate("Skills", "s", "Index", 3, 1))),
                "node Skills at level 3 has parent Index at level 3 (must be 4)");
        assertRejects(() -> Framework.of(plus(nodes, Node.indicator("DEEP", "d", "Index", 1, Direction.POSITIVE))),
                "node DEEP", "parent Index at level 3", "must be 2");
        assertRejects(() -> Framework.of(plus(nodes, Node.aggregate("Empty", "e", "Index", 2, 1))),
                "aggregate node Empty", "no children");
        assertRejects(() -> Framework.of(replace(replace(nodes, Node.indicator("BB", "b", "Infra", 0,
                Direction.POSITIVE)), Node.indicator("MOB", "m", "Infra", 0, Direction.POSITIVE))),
                "all children of node Infra have weight 0: BB, MOB");
        assertRejects(() -> Framework.of(replace(replace(nodes, Node.indicator("BB", "b", "Infra", Double.MAX_VALUE,
                Direction.POSITIVE)), Node.indicator("MOB", "m", "Infra", Double.MAX_VALUE, Direction.POSITIVE))),
                "children of node Infra", "infinity");
        assertThrows(NullPointerException.class, () -> Framework.builder().add(null));
    }

    @Test
    void theAsemFrameworkOfCoinr() {
        Framework asem = Framework.of(AsemMeta.nodes());
        assertEquals(60, asem.size());
        assertEquals(4, asem.levels());
        assertEquals("Index", asem.root().code());
        assertEquals(49, asem.nodesAtLevel(1).size());
        assertEquals(8, asem.nodesAtLevel(2).size());
        assertEquals(2, asem.nodesAtLevel(3).size());
        assertEquals(1, asem.nodesAtLevel(4).size());
        assertEquals(List.of("Physical", "ConEcFin", "Political", "Instit", "P2P"), codes(asem.children("Conn")));
        assertEquals(9, asem.indicatorsUnder("Social").size());
        assertEquals(30, asem.indicatorsUnder("Conn").size());
        assertEquals(List.of("LPI", "Physical", "Conn", "Index"), codes(asem.lineage("LPI")));
        assertEquals(Direction.NEGATIVE, asem.node("CostImpEx").direction());
        // equal weights: 1/2 (Conn or Sust) · 1/(pillars in it) · 1/(indicators in the pillar)
        assertEquals(1.0 / 80, asem.effectiveWeight("LPI"), EXACT); // Conn 1/2, Physical 1/5, 8 indicators
        assertEquals(1.0 / 50, asem.effectiveWeight("Goods"), EXACT); // ConEcFin: 5 indicators
        assertEquals(1.0 / 30, asem.effectiveWeight("Embs"), EXACT); // Political: 3 indicators
        assertEquals(1.0 / 54, asem.effectiveWeight("Poverty"), EXACT); // Sust 1/2, Social 1/3, 9 indicators
        assertEquals(1.0 / 30, asem.effectiveWeight("Renew"), EXACT); // Environ 1/3, 5 indicators
        assertEquals(1.0 / 6, asem.effectiveWeight("Social"), EXACT);
        // COINr: ASEM indicator effective weights range from 0.0125 to 0.0333
        double min = asem.leaves().stream().mapToDouble(n -> asem.effectiveWeight(n.code())).min().orElseThrow();
        double max = asem.leaves().stream().mapToDouble(n -> asem.effectiveWeight(n.code())).max().orElseThrow();
        assertEquals(0.0125, min, EXACT);
        assertEquals(1.0 / 30, max, EXACT);
        Framework heavierConn = asem.withWeight("Conn", 3);
        assertEquals(3.0 / 160, heavierConn.effectiveWeight("LPI"), EXACT);
    }

    @Test
    void effectiveWeightsOfEveryLevelSumToOne() {
        for (Framework f : List.of(Framework.of(AsemMeta.nodes()), Framework.of(small()),
                Framework.of(AsemMeta.nodes()).withWeight("Physical", 0).withWeight("Sust", 7.5))) {
            for (int level = 1; level <= f.levels(); level++) {
                double sum = f.nodesAtLevel(level).stream().mapToDouble(n -> f.effectiveWeight(n.code())).sum();
                assertEquals(1.0, sum, 1e-12, "level " + level + " of " + f);
            }
        }
    }

    @Test
    void theTestParserReadsQuotedCommas() {
        assertEquals(List.of("1", "NGOs", "per 1,000", ""), AsemMeta.fields("1,\"NGOs\",\"per 1,000\","));
    }

    private static List<String> codes(List<Node> nodes) {
        return nodes.stream().map(Node::code).toList();
    }
}
