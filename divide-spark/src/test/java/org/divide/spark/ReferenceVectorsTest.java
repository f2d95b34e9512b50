package org.divide.spark;

import static org.divide.spark.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.inequality.Measure;
import org.junit.jupiter.api.Test;

/**
 * The shared reference vectors (divide-testdata's {@code inequality/inequality-dev.csv}, read with Spark's CSV
 * reader): every inline case of a measure divide-spark offers, on Spark and on one machine,
 * equal to 1e-12 relative; where the single-machine default convention reproduces the expected
 * value (to its printed precision), Spark does too; where one machine rejects the data, Spark does too.
 */
class ReferenceVectorsTest {

    private static final Set<String> MEASURES = Set.of("gini", "theil_t", "theil_l_mld", "ge", "atkinson", "cv",
            "palma_ratio", "quintile_share_ratio_s80s20", "lorenz_L", "theil_t_within", "theil_t_between",
            "theil_l_mld_within", "theil_l_mld_between", "ge2_within", "ge2_between");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Lorenz ordinates are read on the grid k/15, which holds every share of the reference rows. */
    private static final int GRID = 15;

    record Case(String id, String measure, String parameter, String data, String weights, String groups,
            String expected) {

        double[] x() {
            return numbers(data);
        }

        double[] w() {
            return weights == null || weights.isEmpty() ? null : numbers(weights);
        }

        String[] g() {
            return groups == null || groups.isEmpty() ? null : groups.split(";");
        }

        double parameterValue() {
            Matcher m = NUMBER.matcher(parameter == null ? "" : parameter);
            return m.find() ? Double.parseDouble(m.group()) : Double.NaN;
        }

        String key() {
            return data + "|" + weights + "|" + groups;
        }

        /** @return the single-machine value(s) with default options */
        double[] singleMachine() {
            double[] x = x();
            double[] w = w();
            double p = parameterValue();
            return switch (measure) {
                case "gini" -> new double[] {Inequality.gini(x, w)};
                case "theil_t" -> new double[] {Inequality.theilT(x, w)};
                case "theil_l_mld" -> new double[] {Inequality.theilL(x, w)};
                case "ge" -> new double[] {Inequality.generalizedEntropy(x, w, p)};
                case "atkinson" -> new double[] {Inequality.atkinson(x, w, p)};
                case "cv" -> new double[] {Inequality.coefficientOfVariation(x, w)};
                case "palma_ratio" -> new double[] {Inequality.palma(x, w)};
                case "quintile_share_ratio_s80s20" -> new double[] {Inequality.quantileShareRatio(x, w, 0.2, 0.2)};
                case "lorenz_L" -> {
                    LorenzCurve c = Inequality.lorenz(x, w);
                    yield Arrays.stream(shares()).map(c::share).toArray();
                }
                default -> {
                    Decomposition d = Measure.generalizedEntropy(p).decompose(x, w, g());
                    yield new double[] {measure.endsWith("_within") ? d.within() : d.between()};
                }
            };
        }

        double[] shares() {
            return numbers(parameter.substring(parameter.indexOf('=') + 1));
        }

        boolean sumMeasure() {
            return !measure.equals("gini") && !measure.equals("palma_ratio") && !measure.startsWith("quintile")
                    && !measure.equals("lorenz_L");
        }

        boolean atkinson() {
            return measure.equals("atkinson");
        }
    }

    private static double[] numbers(String list) {
        return Arrays.stream(list.split(";")).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<Case> cases() {
        Path file = TestData.file("/org/divide/testdata/inequality/inequality-dev.csv");
        List<Row> rows = LocalSpark.session().read().option("header", "true").option("escape", "\"")
                .csv(file.toString()).collectAsList();
        List<Case> cases = new ArrayList<>();
        for (Row r : rows) {
            String data = r.getAs("data");
            if (MEASURES.contains(r.<String>getAs("measure")) && data != null && !data.startsWith("file:")) {
                cases.add(new Case(r.getAs("case_id"), r.getAs("measure"), r.getAs("parameter"), data,
                        r.getAs("weights"), r.getAs("groups"), r.getAs("expected_value")));
            }
        }
        return cases;
    }

    @Test
    void sparkEqualsOneMachineOnTheReferenceVectors() {
        List<Case> all = cases();
        assertTrue(all.size() >= 60, "reference cases found: " + all.size());
        Map<String, List<Case>> byData = new LinkedHashMap<>();
        for (Case c : all) {
            byData.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        int compared = 0;
        int matchedExpected = 0;
        for (List<Case> group : byData.values()) {
            Case first = group.get(0);
            Dataset<Row> frame = LocalSpark.frame(first.x(), first.w(), first.g(), 2);
            SparkInequality spark = SparkInequality.of(frame, "x").withWeight("w");
            List<Case> ok = new ArrayList<>();
            for (Case c : group) {
                try {
                    c.singleMachine();
                    ok.add(c);
                } catch (IllegalArgumentException rejected) {
                    assertThrows(IllegalArgumentException.class, () -> sparkValue(c, spark, null, null),
                            c.id() + " " + c.measure() + " " + c.parameter() + " is rejected on one machine");
                }
            }
            TreeSet<Double> alphas = new TreeSet<>();
            TreeSet<Double> epsilons = new TreeSet<>();
            for (Case c : ok) {
                if (c.sumMeasure()) {
                    (c.atkinson() ? epsilons : alphas).add(switch (c.measure()) {
                        case "theil_t" -> 1.0;
                        case "theil_l_mld" -> 0.0;
                        case "cv" -> 2.0;
                        default -> c.parameterValue();
                    });
                }
            }
            MeasureSet set = new MeasureSet(alphas.stream().mapToDouble(Double::doubleValue).toArray(),
                    epsilons.stream().mapToDouble(Double::doubleValue).toArray());
            GroupedSummary summary = ok.stream().anyMatch(Case::sumMeasure)
                    ? spark.summary(set, "g") : null;
            LorenzResult lorenz = ok.stream().anyMatch(c -> !c.sumMeasure()) ? spark.lorenz(GRID) : null;
            for (Case c : ok) {
                double[] expected = c.singleMachine();
                double[] actual = sparkValue(c, spark, summary, lorenz);
                assertEquals(expected.length, actual.length);
                for (int k = 0; k < expected.length; k++) {
                    assertClose(expected[k], actual[k], c.id() + " " + c.measure() + " " + c.parameter() + " [" + k + "]");
                }
                compared++;
                double[] published = numbers(c.expected().replace("Inf", "Infinity"));
                if (agree(published, expected)) {
                    assertTrue(agree(published, actual), c.id() + " " + c.measure() + ": Spark differs from the reference");
                    matchedExpected++;
                }
            }
        }
        assertTrue(compared >= 55, "compared " + compared);
        assertTrue(matchedExpected >= 45, "matched the published values " + matchedExpected);
    }

    private static boolean agree(double[] published, double[] values) {
        if (published.length != values.length) {
            return false;
        }
        for (int k = 0; k < values.length; k++) {
            if (!(Math.abs(published[k] - values[k]) <= 1e-6 * Math.max(1, Math.abs(published[k])))) {
                return false;
            }
        }
        return true;
    }

    private static double[] sparkValue(Case c, SparkInequality spark, GroupedSummary summary, LorenzResult lorenz) {
        double p = c.parameterValue();
        if (summary == null && c.sumMeasure()) {
            return new double[] {switch (c.measure()) {
                case "theil_l_mld" -> spark.compute(Measure.theilL());
                case "atkinson" -> spark.compute(Measure.atkinson(p));
                default -> spark.compute(Measure.generalizedEntropy(p));
            }};
        }
        return switch (c.measure()) {
            case "gini" -> new double[] {lorenz.gini()};
            case "palma_ratio" -> new double[] {lorenz.palma()};
            case "quintile_share_ratio_s80s20" -> new double[] {lorenz.s80s20()};
            case "lorenz_L" -> Arrays.stream(c.shares()).map(s -> lorenz.curve().income()[(int) Math.round(s * GRID)])
                    .toArray();
            case "theil_t" -> new double[] {summary.overall().generalizedEntropy(1)};
            case "theil_l_mld" -> new double[] {summary.overall().generalizedEntropy(0)};
            case "ge" -> new double[] {summary.overall().generalizedEntropy(p)};
            case "atkinson" -> new double[] {summary.overall().atkinson(p)};
            case "cv" -> new double[] {summary.overall().coefficientOfVariation()};
            default -> {
                Decomposition d = summary.decompositions().get(p);
                yield new double[] {c.measure().endsWith("_within") ? d.within() : d.between()};
            }
        };
    }
}
