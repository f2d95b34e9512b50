package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.junit.jupiter.api.Test;

/**
 * Documents of the deprecated version 1 (the normalisation parameters as the members of the former
 * {@code Normalise.Rule}: {@code lower}, {@code upper}, {@code reference}) still load, into the same
 * spec as the version 2 document; writing them gives version 2.
 */
class IndexSpecJsonLegacyTest {

    /** The version 1 members of each method of {@link Specs#normaliseRules()}, in order. */
    static final List<String> V1_RULES = List.of(
            "{'method': 'none'}",
            "{'method': 'min-max', 'lower': -1, 'upper': 1}",
            "{'method': 'z-score', 'lower': 10, 'upper': 2}",
            "{'method': 'scaled', 'low': 0, 'high': 50, 'lower': 0, 'upper': 10}",
            "{'method': 'rank', 'ties': 'average'}",
            "{'method': 'borda', 'ties': 'first'}",
            "{'method': 'percentile-rank', 'ties': 'max', 'lower': 0, 'upper': 100}",
            "{'method': 'fraction-of-max', 'lower': 0.5, 'upper': 10.25}",
            "{'method': 'distance-to-max'}",
            "{'method': 'distance-to-reference', 'reference': 'KEN', 'cap': true}",
            "{'method': 'distance-to-target', 'target': 0.75, 'cap': true, 'upper': 100}",
            "{'method': 'goalposts', 'low': 1, 'high': 9, 'truncate': false, 'lower': 0, 'upper': 100}",
            "{'method': 'min-max', 'upper': 1e300}");

    static String document(String version, String steps) {
        return ("{" + version + "'framework': [{'code': 'Index', 'level': 3}, {'code': 'P1', 'parent': 'Index', 'level': 2},"
                + " {'code': 'P2', 'parent': 'Index', 'level': 2}, {'code': 'A', 'parent': 'P1', 'level': 1},"
                + " {'code': 'B', 'parent': 'P1', 'level': 1}, {'code': 'C', 'parent': 'P2', 'level': 1},"
                + " {'code': 'D', 'parent': 'P2', 'level': 1}], 'steps': [" + steps + "]}").replace('\'', '"');
    }

    static IndexSpec read(String text) throws IOException {
        return IndexSpecJson.read(new StringReader(text), "spec.json");
    }

    static String step(String rule) {
        return "{'step': 'normalise', " + rule.substring(1);
    }

    @Test
    void everyVersion1MethodReadsAsItsRecord() throws IOException {
        List<NormaliseMethod> methods = Specs.normaliseRules();
        assertEquals(methods.size(), V1_RULES.size());
        for (int i = 0; i < methods.size(); i++) {
            for (String version : List.of("", "'version': 1, ")) {
                IndexSpec spec = read(document(version, step(V1_RULES.get(i))));
                assertEquals(methods.get(i), spec.step(Normalise.class).orElseThrow().defaults(), V1_RULES.get(i));
            }
        }
    }

    @Test
    void version1AndVersion2DocumentsGiveTheSameSpec() throws IOException {
        String overrides = "'overrides': {'A': " + V1_RULES.get(2) + ", 'D': " + V1_RULES.get(11) + "}, ";
        String v1 = document("'version': 1, ", "{'step': 'normalise', " + overrides + V1_RULES.get(10).substring(1)
                + ", {'step': 'aggregate', 'method': 'generalised', 'power': 2, 'levels': {'2': {'method': 'geometric',"
                + " 'shift': 1, 'power': 1}}}");
        IndexSpec old = read(v1);
        String v2 = IndexSpecJsonRoundTripTest.write(old);
        assertTrue(v2.contains("\"version\": 2"), v2);
        assertTrue(v2.contains("\"mean\": 10") && v2.contains("\"sd\": 2") && v2.contains("\"range\": [ 0, 100 ]")
                && !v2.contains("lower") && !v2.contains("upper"), v2);
        IndexSpec current = read(v2);
        assertEquals(old, current);
        assertEquals(v2, IndexSpecJsonRoundTripTest.write(current));
        assertEquals(Aggregate.Rule.generalised(2), current.step(Aggregate.class).orElseThrow().defaults());
    }

    @Test
    void version2UsesTheRecordsParameterNames() throws IOException {
        IndexSpec spec = read(document("'version': 2, ", "{'step': 'normalise', 'method': 'goalposts', 'low': 0,"
                + " 'high': 100, 'truncate': true, 'overrides': {'A': {'method': 'distance-to-reference', 'economy': 'KEN',"
                + " 'range': [1, 2]}, 'B': {'method': 'z-score', 'mean': 5, 'sd': 3}}}"));
        Normalise n = spec.step(Normalise.class).orElseThrow();
        assertEquals(NormaliseMethod.goalposts(0, 100), n.defaults());
        assertEquals(NormaliseMethod.distanceToReference("KEN").withRange(1, 2), n.methodFor("A"));
        assertEquals(NormaliseMethod.zScore(5, 3), n.methodFor("B"));
    }

    @Test
    void version1ImputeMembersWithoutEffectAreAccepted() throws IOException {
        IndexSpec spec = read(document("", "{'step': 'impute', 'method': 'mean', 'groupLevel': 2, 'normaliseFirst': false,"
                + " 'maxSteps': 3}"));
        assertEquals(Impute.mean(), spec.step(Impute.class).orElseThrow());
        IndexSpec row = read(document("'version': 1, ", "{'step': 'impute', 'method': 'row-median', 'groupLevel': 2,"
                + " 'normaliseFirst': false, 'maxSteps': 0}"));
        assertEquals(Impute.of(new ImputeMethod.RowMedian(2, false)), row.step(Impute.class).orElseThrow());
    }

    @Test
    void version1TreatRulesReadAsTheirRecords() throws IOException {
        Treat t = read(document("", "{'step': 'treat', 'winsorisationLimit': 3, 'skewThreshold': 2.5,"
                + " 'kurtosisThreshold': 4, 'forceWinsorisation': true, 'transform': 'box-cox', 'lambda': -0.5,"
                + " 'combine': true, 'overrides': {'A': {'method': 'transform', 'transform': 'log-gii',"
                + " 'winsorisationLimit': 0, 'lambda': 2}, 'B': {'method': 'coinr', 'transform': 'none'},"
                + " 'C': {'method': 'none', 'transform': 'log-ct', 'combine': true}}}")).step(Treat.class).orElseThrow();
        assertEquals(new TreatMethod.Coinr(3, 2.5, 4, true, TransformMethod.boxCox(-0.5), true), t.defaults());
        assertEquals(TreatMethod.transform(new TransformMethod.LogGII()), t.methodFor("A"));
        assertEquals(TreatMethod.coinr().withFallback(TransformMethod.none()), t.methodFor("B"));
        assertEquals(TreatMethod.none(), t.methodFor("C"));
        String v2 = IndexSpecJsonRoundTripTest.write(read(document("", "{'step': 'treat', 'transform': 'box-cox',"
                + " 'lambda': -0.5}")));
        assertTrue(v2.contains("\"fallback\": \"box-cox\"") && v2.contains("\"lambda\": -0.5"), v2);
    }

    @Test
    void version1WeightsMembersWithoutEffectAreAccepted() throws IOException {
        Weights w = read(document("", "{'step': 'weights', 'method': 'pca', 'level': 1, 'correlation': 'spearman',"
                + " 'tolerance': 0.5, 'maxIterations': 9, 'explicit': {'A': 2}}")).step(Weights.class).orElseThrow();
        assertEquals(new Weights(WeightMethod.pca(1), java.util.Map.of("A", 2.0)), w);
        Weights eq = read(document("'version': 1, ", "{'step': 'weights', 'method': 'equal'}")).step(Weights.class)
                .orElseThrow();
        assertEquals(Weights.equal(0), eq);
    }

    @Test
    void version1ScreenThresholdsWithoutEffectAreAccepted() throws IOException {
        Screen sc = read(document("", "{'step': 'screen', 'rule': 'by-zeros', 'availabilityThreshold': 0.5,"
                + " 'nonZeroThreshold': 0.1}")).step(Screen.class).orElseThrow();
        assertEquals(Screen.by(new ScreenRule.ByZeros(0.1)), sc);
    }
}
