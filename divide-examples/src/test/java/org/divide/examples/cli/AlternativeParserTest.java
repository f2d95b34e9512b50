package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Range;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.junit.jupiter.api.Test;

/** The alternatives of the {@code --assume-*} options, read as the spec's steps. */
class AlternativeParserTest {

    private static final IndexSpec SPEC = IndexSpec.plain(Framework.builder()
            .add(Framework.Node.aggregate("Index", "Index", null, 2, 1))
            .add(Framework.Node.indicator("a", "a", "Index", 1, Direction.POSITIVE))
            .add(Framework.Node.indicator("b", "b", "Index", 1, Direction.POSITIVE)).build());

    @Test
    void splitsAtTopLevelCommasOnly() {
        assertEquals(List.of("min-max(range=[1,100])", "z-score(mean=10,sd=2)", "rank"),
                AlternativeParser.split("--x", List.of("min-max(range=[1,100]), z-score(mean=10,sd=2)", "rank,")));
        assertThrows(IllegalArgumentException.class, () -> AlternativeParser.split("--x", List.of("a(b")));
        assertThrows(IllegalArgumentException.class, () -> AlternativeParser.split("--x", List.of("a)(")));
        assertThrows(IllegalArgumentException.class, () -> AlternativeParser.split("--x", List.of(" , ")));
    }

    @Test
    void readsMethodsWithTheSpecsMembersAndDefaults() {
        Normalise minMax = (Normalise) AlternativeParser.step("--x", "normalise", "min-max(range=[1,100])", SPEC);
        assertEquals(new NormaliseMethod.MinMax(new Range(1, 100)), minMax.defaults());
        Normalise plain = (Normalise) AlternativeParser.step("--x", "normalise", "min-max", SPEC);
        assertEquals(new NormaliseMethod.MinMax(Range.PERCENT), plain.defaults());
        Normalise z = (Normalise) AlternativeParser.step("--x", "normalise", "z-score(mean=10, sd=2)", SPEC);
        assertEquals(new NormaliseMethod.ZScore(10, 2), z.defaults());
        Aggregate geometric = (Aggregate) AlternativeParser.step("--x", "aggregate", "geometric", SPEC);
        assertTrue(geometric.defaults().method() instanceof AggregateMethod.Geometric, geometric.toString());
        Impute group = (Impute) AlternativeParser.step("--x", "impute", "group-mean(grouping=EurAsia_group)", SPEC);
        assertEquals(new ImputeMethod.GroupMean("EurAsia_group"), group.method());
        Treat limit = (Treat) AlternativeParser.step("--x", "treat", "coinr(winsorisationLimit=3)", SPEC);
        assertEquals(3, ((TreatMethod.Coinr) limit.defaults()).winsorisationLimit());
    }

    @Test
    void errorsNameTheOptionTheAlternativeAndTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlternativeParser.step("--assume-normalise", "normalise", "z-score(sd=x)", SPEC));
        assertTrue(e.getMessage().startsWith("--assume-normalise 'z-score(sd=x)': "), e.getMessage());
        assertTrue(e.getMessage().endsWith("expected a number, found string \"x\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AlternativeParser.step("--assume-aggregate", "aggregate", "geometric(2)", SPEC));
        assertTrue(e.getMessage().contains("expected member=value, found '2'"), e.getMessage());
    }
}
