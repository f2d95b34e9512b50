package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.divide.io.MalformedDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad documents fail with the source, the JSON pointer of the culprit and the reason. */
class IndexSpecJsonErrorsTest {

    /** A valid framework: root I (level 2), indicators a, b. */
    private static final String FRAMEWORK = "[{'code': 'I', 'level': 2},"
            + " {'code': 'a', 'parent': 'I', 'level': 1}, {'code': 'b', 'parent': 'I', 'level': 1}]";

    static MalformedDataException fail(String document) {
        String json = document.replace("FW", FRAMEWORK).replace('\'', '"');
        return assertThrows(MalformedDataException.class,
                () -> IndexSpecJson.read(new StringReader(json), "spec.json"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // document structure
        "[] | / | expected an object, found an array",
        "{'steps': []} | / | missing required member 'framework'",
        "{'framework': FW, 'step': []} | /step | unknown member 'step'; allowed: $schema, format, version, framework, steps",
        "{'format': 'x', 'framework': FW} | /format | expected format 'divide-index-spec', found 'x'",
        "{'version': 3, 'framework': FW} | /version | unsupported version 3; supported: 1, 2",
        "{'framework': {}} | /framework | expected an array, found an object",
        // framework nodes
        "{'framework': [{'level': 1}]} | /framework/0 | missing required member 'code'",
        "{'framework': [{'code': 'I', 'level': 'top'}]} | /framework/0/level | expected an integer, found string \"top\"",
        "{'framework': [{'code': 'I', 'level': 1.5}]} | /framework/0/level | expected an integer, found number 1.5",
        "{'framework': [{'code': 'I', 'level': 2, 'direction': 'up'}]} | /framework/0/direction | unknown direction 'up'; allowed: positive, negative",
        "{'framework': [{'code': 'I', 'level': 2}, {'code': 'a', 'parent': 'I', 'level': 1, 'weight': -1}]} | /framework/1 | weight of node a",
        "{'framework': [{'code': 'I', 'level': 2}, {'code': 'a', 'parent': 'I', 'level': 1, 'indicator': false}]} | /framework/1 | aggregate node a is at level 1",
        "{'framework': [{'code': 'I', 'level': 2}, {'code': 'a', 'parent': 'I', 'level': 1}, {'code': 'a', 'parent': 'I', 'level': 1}]} | /framework/2 | duplicate node code: a",
        "{'framework': [{'code': 'I', 'level': 2}, {'code': 'a', 'parent': 'J', 'level': 1}]} | /framework/1 | node a has unknown parent: J",
        "{'framework': [{'code': 'I', 'level': 2}, {'code': 'a', 'parent': 'I', 'level': 1}, {'code': 'b', 'level': 1}]} | /framework | framework has several roots",
        // steps
        "{'framework': FW, 'steps': {}} | /steps | expected an array, found an object",
        "{'framework': FW, 'steps': [{'method': 'mean'}]} | /steps/0 | missing required member 'step'",
        "{'framework': FW, 'steps': [{'step': 'rank'}]} | /steps/0/step | unknown step kind 'rank'; allowed: denominate, impute, screen, treat, normalise, weights, aggregate",
        "{'framework': FW, 'steps': [{'step': 'impute', 'method': 'avg'}]} | /steps/0/method | unknown impute method 'avg'; allowed: mean, median, group-mean,",
        "{'framework': FW, 'steps': [{'step': 'impute', 'methods': 'mean'}]} | /steps/0/methods | unknown member 'methods'; allowed: step, method, grouping, groupLevel, normaliseFirst, maxSteps, function",
        "{'framework': FW, 'steps': [{'step': 'impute', 'method': 'group-mean'}]} | /steps/0 | missing required member 'grouping'",
        "{'framework': FW, 'steps': [{'step': 'impute', 'normaliseFirst': 'yes'}]} | /steps/0/normaliseFirst | expected true or false, found string \"yes\"",
        "{'framework': FW, 'steps': [{'step': 'impute', 'method': 'row-mean', 'groupLevel': 5}]} | /steps/0 | Impute.groupLevel 5 is above the root's level 2",
        "{'framework': FW, 'steps': [{'step': 'screen'}]} | /steps/0 | missing required member 'rule'",
        "{'framework': FW, 'steps': [{'step': 'screen', 'rule': 'by-missing', 'forceInclude': ['K', 1]}]} | /steps/0/forceInclude/1 | expected a string, found number 1",
        "{'framework': FW, 'steps': [{'step': 'denominate', 'denominators': {'x': 'GDP'}}]} | /steps/0 | Denominate.denominators: unknown node x",
        "{'framework': FW, 'steps': [{'step': 'denominate', 'scales': {'a': '10'}}]} | /steps/0/scales/a | expected a number, found string \"10\"",
        "{'framework': FW, 'steps': [{'step': 'treat', 'overrides': {'a': {'method': 'transform'}}}]} | /steps/0/overrides/a | method transform needs a transform",
        "{'framework': FW, 'steps': [{'step': 'treat', 'transform': 'log'}]} | /steps/0/transform | unknown transform method 'log'; allowed: none, log-ct,",
        "{'framework': FW, 'steps': [{'step': 'normalise', 'method': 'goalposts'}]} | /steps/0 | missing required member 'low'",
        "{'framework': FW, 'steps': [{'step': 'normalise', 'overrides': {'I': {'method': 'rank'}}}]} | /steps/0 | Normalise.overrides: I is an aggregate, not an indicator",
        "{'framework': FW, 'steps': [{'step': 'normalise', 'directions': {'a': 'minus'}}]} | /steps/0/directions/a | unknown direction 'minus'",
        "{'framework': FW, 'steps': [{'step': 'normalise', 'method': 'rank', 'ties': 'random'}]} | /steps/0/ties | unknown rank ties 'random'; allowed: min, max, average, first",
        // version 2: the records' members
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'lower': 0}]} | /steps/0/lower | unknown member 'lower'; allowed: step, method, range, overrides, directions",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'cap': true}]} | /steps/0/cap | unknown member 'cap'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'range': [0, 1, 2]}]} | /steps/0/range | expected [lower, upper], found 3 numbers",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'range': [5, 1]}]} | /steps/0 | Range: output range must increase: [5.0, 1.0]",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'method': 'z-score', 'sd': 0}]} | /steps/0 | ZScore.sd must be finite and > 0: 0.0",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'method': 'distance-to-reference', 'reference': 'X'}]} | /steps/0 | missing required member 'economy'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'normalise', 'method': 'average'}]} | /steps/0/method | unknown normalise method 'average'; allowed: none, min-max, z-score,",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'impute', 'normaliseFirst': false}]} | /steps/0/normaliseFirst | unknown member 'normaliseFirst'; allowed: step, method",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'impute', 'method': 'row-mean', 'groupLevel': 1}]} | /steps/0 | RowMean.groupLevel must be 0 or >= 2: 1",
        "{'framework': FW, 'steps': [{'step': 'impute', 'grouping': 'g'}]} | /steps/0 | mean takes no grouping: g",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'treat', 'method': 'transform'}]} | /steps/0 | missing required member 'transform'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'treat', 'transform': 'log-ct'}]} | /steps/0/transform | unknown member 'transform'; allowed: step, method, winsorisationLimit, skewThreshold, kurtosisThreshold, forceWinsorisation, fallback, combine, overrides",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'treat', 'fallback': 'log-ct', 'lambda': 1}]} | /steps/0/lambda | unknown member 'lambda'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'treat', 'method': 'none', 'combine': true}]} | /steps/0/combine | unknown member 'combine'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'weights', 'method': 'pca'}]} | /steps/0 | missing required member 'level'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'weights', 'method': 'pca', 'level': 1, 'tolerance': 1}]} | /steps/0/tolerance | unknown member 'tolerance'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'weights', 'method': 'max-information', 'level': 1, 'targets': {'a': 1}}]} | /steps/0/targets | unknown member 'targets'",
        "{'framework': FW, 'steps': [{'step': 'weights', 'method': 'pca', 'level': 1, 'targets': {'a': 1}}]} | /steps/0 | pca takes no targets",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'screen', 'rule': 'by-zeros', 'availabilityThreshold': 0.5}]} | /steps/0/availabilityThreshold | unknown member 'availabilityThreshold'; allowed: step, rule, nonZeroThreshold, forceInclude, forceExclude",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'screen', 'rule': 'by-missing', 'availabilityThreshold': 2}]} | /steps/0 | ByMissing.availabilityThreshold must be in [0, 1]: 2.0",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'screen'}]} | /steps/0 | missing required member 'rule'",
        "{'version': 2, 'framework': FW, 'steps': [{'step': 'aggregate', 'method': 'median', 'shift': 1}]} | /steps/0/shift | unknown member 'shift'",
        "{'framework': FW, 'steps': [{'step': 'weights', 'method': 'pca'}]} | /steps/0 | Pca needs a level >= 1",
        "{'framework': FW, 'steps': [{'step': 'weights', 'correlation': 'kendall'}]} | /steps/0/correlation | unknown correlation type 'kendall'; allowed: pearson, spearman",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'levels': {'two': {}}}]} | /steps/0/levels/two | expected an integer key, found 'two'",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'levels': {'2': {'method': 'mode'}}}]} | /steps/0/levels/2/method | unknown aggregate method 'mode'",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'nodes': {'I': {'method': 'generalised', 'power': 0}}}]} | /steps/0/nodes/I | Generalised: power must not be 0",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'nodes': {'I': {'shift': 1}}}]} | /steps/0/nodes/I | arithmetic takes no shift: 1.0",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'levels': {'3': {}}}]} | /steps/0 | Aggregate.levels: level 3 is above the root's level 2",
        "{'framework': FW, 'steps': [{'step': 'aggregate', 'power': 1e999}]} | /steps/0/power | is beyond the range of a double",
        "{'framework': FW, 'steps': [{'step': 'impute'}, {'step': 'normalise'}, {'step': 'impute'}]} | /steps/2 | IndexSpec: two IMPUTE steps",
        "{'framework': FW, 'steps': [{'step': 'aggregate'}, {'step': 'normalise'}]} | /steps/1 | AGGREGATE must be the last step",
    })
    void isLocatedAndExplained(String document, String pointer, String reason) {
        MalformedDataException e = fail(document);
        assertEquals("spec.json", e.location().source());
        assertEquals(pointer, e.location().pointer(), e.getMessage());
        assertTrue(e.reason().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | empty input",
        "{'framework': FW | malformed JSON",
        "{'framework': FW, 'framework': FW} | member 'framework' repeated in one object",
    })
    void malformedJsonIsRefused(String document, String reason) {
        MalformedDataException e = fail(document);
        assertTrue(e.getMessage().startsWith("spec.json"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
