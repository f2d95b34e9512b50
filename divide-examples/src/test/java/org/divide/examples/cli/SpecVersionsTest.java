package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.divide.core.spec.IndexSpec;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec file of the deprecated version 1 and its version 2 form read into the same spec, and the
 * same spec builds the same index — every step with parameters that version 2 names differently.
 */
class SpecVersionsTest {

    @TempDir
    Path dir;

    static final String FRAMEWORK = """
            "framework": [
              {"code": "Index", "level": 3},
              {"code": "P", "parent": "Index", "level": 2},
              {"code": "Q", "parent": "Index", "level": 2, "weight": 2},
              {"code": "a", "parent": "P", "level": 1},
              {"code": "b", "parent": "P", "level": 1, "direction": "negative"},
              {"code": "c", "parent": "Q", "level": 1},
              {"code": "d", "parent": "Q", "level": 1}
            ]""";

    static final String V1 = "{\"version\": 1, " + FRAMEWORK + """
            , "steps": [
              {"step": "impute", "method": "row-mean", "groupLevel": 2, "maxSteps": 0},
              {"step": "screen", "rule": "by-missing", "availabilityThreshold": 0.5, "nonZeroThreshold": 0.2},
              {"step": "treat", "method": "coinr", "winsorisationLimit": 1, "transform": "box-cox", "lambda": 0.5,
               "overrides": {"d": {"method": "transform", "transform": "log-ct-original", "lambda": 3}}},
              {"step": "normalise", "method": "z-score", "lower": 50, "upper": 10,
               "overrides": {"a": {"method": "distance-to-reference", "reference": "NOR", "cap": true, "upper": 100},
                             "c": {"method": "goalposts", "low": 0, "high": 40, "lower": 1, "upper": 101}}},
              {"step": "weights", "method": "equal", "level": 1, "tolerance": 0.5},
              {"step": "aggregate", "method": "generalised", "power": 2, "shift": 10,
               "levels": {"3": {"method": "arithmetic", "power": 1, "shift": 0}}}
            ]}""";

    static final String V2 = "{\"version\": 2, " + FRAMEWORK + """
            , "steps": [
              {"step": "impute", "method": "row-mean", "groupLevel": 2},
              {"step": "screen", "rule": "by-missing", "availabilityThreshold": 0.5},
              {"step": "treat", "method": "coinr", "winsorisationLimit": 1, "fallback": "box-cox", "lambda": 0.5,
               "overrides": {"d": {"method": "transform", "transform": "log-ct-original"}}},
              {"step": "normalise", "method": "z-score", "mean": 50, "sd": 10,
               "overrides": {"a": {"method": "distance-to-reference", "economy": "NOR", "cap": true, "range": [0, 100]},
                             "c": {"method": "goalposts", "low": 0, "high": 40, "range": [1, 101]}}},
              {"step": "weights", "method": "equal", "level": 1},
              {"step": "aggregate", "method": "generalised", "power": 2, "shift": 10,
               "levels": {"3": {"method": "arithmetic"}}}
            ]}""";

    static final String DATA = """
            economy,indicator,year,value
            KEN,a,2020,5
            NOR,a,2020,2
            USA,a,2020,3
            FRA,a,2020,9
            IND,a,2020,1
            KEN,b,2020,10
            NOR,b,2020,30
            FRA,b,2020,25
            IND,b,2020,12
            KEN,c,2020,7
            NOR,c,2020,35
            USA,c,2020,20
            FRA,c,2020,28
            IND,c,2020,3
            KEN,d,2020,2
            NOR,d,2020,8
            USA,d,2020,1000
            FRA,d,2020,6
            IND,d,2020,4
            """;

    static IndexSpec read(String json) throws Exception {
        return IndexSpecJson.read(new StringReader(json), "spec.json");
    }

    static String write(IndexSpec spec) throws Exception {
        StringWriter w = new StringWriter();
        IndexSpecJson.write(spec, w);
        return w.toString();
    }

    @Test
    void version1AndVersion2FilesBuildTheSameIndex() throws Exception {
        IndexSpec old = read(V1);
        IndexSpec current = read(V2);
        assertEquals(current, old);
        assertEquals(write(current), write(old));
        assertTrue(write(old).contains("\"version\": 2"));
        IndexData data = IndexData.of(LongCsvReader.withDefaults().read(Cli.write(dir, "data.csv", DATA)).panel(), 2020);
        IndexResult a = CompositeIndex.of(old).run(data);
        IndexResult b = CompositeIndex.of(current).run(data);
        assertArrayEquals(b.indexScores(), a.indexScores(), 0);
        for (String code : b.aggregated().codes()) {
            assertArrayEquals(b.aggregated().column(code), a.aggregated().column(code), 0, code);
        }
        assertEquals(5, a.indexScores().length);
        for (double v : a.indexScores()) {
            assertTrue(Double.isFinite(v), a.aggregated().toString());
        }
    }
}
