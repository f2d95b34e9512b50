package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.StepKind;
import org.divide.core.spec.Treat;
import org.divide.metrics.uncertainty.Assumption;

import picocli.CommandLine.Option;

/**
 * The assumptions that {@code divide uncertainty} varies, as options: alternatives of the
 * imputation, treatment, winsorisation limit, normalisation, weights and aggregation, and dropping
 * one node at a time; each becomes an {@link Assumption} of divide-metrics. Without options, the
 * three of COINr's vignette: 100 noisy weight sets (±25%), min-max onto [1, 100] or z-score (10, 2),
 * arithmetic or geometric mean. Alternatives are written in the spec's vocabulary and read by
 * {@link AlternativeParser}.
 */
final class UncertaintyOptions {

    /** The number of noisy weight sets drawn from (COINr's vignette). */
    static final int NOISY_SETS = 100;
    /** The default weight noise. */
    static final double DEFAULT_NOISE = 0.25;
    /** The most weight sets named in the description of what is varied. */
    static final int SETS_NAMED = 8;
    /** The default normalisation alternatives (COINr's vignette; both positive for the geometric mean). */
    static final String DEFAULT_NORMALISE = "min-max(range=[1,100]),z-score(mean=10,sd=2)";
    /** The default aggregation alternatives. */
    static final String DEFAULT_AGGREGATE = "arithmetic,geometric";

    @Option(names = "--assume-impute", paramLabel = "ALT[,ALT...]",
            description = "Vary the imputation among these methods (as in the spec: mean, median,"
                    + " group-mean(grouping=G), ...; 'spec' for the spec's own step).")
    List<String> impute;

    @Option(names = "--assume-treat", paramLabel = "ALT[,ALT...]",
            description = "Vary the outlier treatment among these methods (none, coinr,"
                    + " coinr(winsorisationLimit=3), transform(transform=log-ct), ...; 'spec' for the spec's own).")
    List<String> treat;

    @Option(names = "--assume-winmax", paramLabel = "FROM:TO",
            description = "Vary COINr's winsorisation limit (winmax) over FROM..TO, as COINr's vignette 1:5"
                    + " (COINr's treatment inserted where the spec has none).")
    String winmax;

    @Option(names = "--assume-normalise", paramLabel = "ALT[,ALT...]",
            description = "Vary the normalisation among these methods (default: " + DEFAULT_NORMALISE
                    + "; 'spec' alone: the spec's own, not varied).")
    List<String> normalise;

    @Option(names = "--assume-aggregate", paramLabel = "ALT[,ALT...]",
            description = "Vary the aggregation among these rules (default: " + DEFAULT_AGGREGATE
                    + "; 'spec' alone: not varied).")
    List<String> aggregate;

    @Option(names = "--weight-noise", paramLabel = "F",
            description = "Vary the weights among " + NOISY_SETS + " noisy sets: every weight below the index"
                    + " times 1 + U(-F, F), F in [0, 1] (default: " + DEFAULT_NOISE + " unless --weight-sets; 0: not"
                    + " varied).")
    Double weightNoise;

    @Option(names = "--weight-sets", paramLabel = "FILE",
            description = "Vary the weights among the sets of a CSV with columns set, code, weight (a node a set"
                    + " leaves out keeps the spec's weight); instead of --weight-noise.")
    Path weightSets;

    @Option(names = "--drop-one", arity = "0..1", fallbackValue = "1", paramLabel = "LEVEL",
            description = "Also drop none or one node of LEVEL (default 1, the indicators) per run, weight 0"
                    + " (COINr's remove_elements).")
    Integer dropOne;

    /**
     * An assumption to vary, with what it varies in words.
     *
     * @param assumption  the assumption
     * @param description its name and alternatives, as "aggregation (arithmetic | geometric)"
     */
    record Varied(Assumption assumption, String description) {
    }

    /**
     * Builds the assumptions, in pipeline order: imputation, treatment, winsorisation,
     * normalisation, weights, aggregation, drop. An option whose only alternative is
     * {@value AlternativeParser#SPEC} varies nothing and gives no assumption.
     *
     * @param nominal   the nominal spec
     * @param groupings the names of the data's groupings, which a grouped imputation must name
     * @return the assumptions (possibly empty)
     * @throws IllegalArgumentException naming the option and value if one is invalid
     * @throws IOException              if the weight-sets file cannot be read or is invalid
     */
    List<Varied> assumptions(IndexSpec nominal, Set<String> groupings) throws IOException {
        List<Varied> out = new ArrayList<>();
        List<String> alternatives = alternatives("--assume-impute", impute, null);
        if (!alternatives.isEmpty()) {
            List<Impute> steps = new ArrayList<>();
            for (String a : alternatives) {
                Impute step = a.equals(AlternativeParser.SPEC) ? nominal.step(Impute.class).orElseThrow(
                        () -> new IllegalArgumentException("--assume-impute 'spec': the spec has no impute step"))
                        : (Impute) AlternativeParser.step("--assume-impute", "impute", a, nominal);
                if (step.method() instanceof ImputeMethod.Grouped g && !groupings.contains(g.grouping())) {
                    throw new IllegalArgumentException("--assume-impute '" + a + "': the data have no grouping named "
                            + g.grouping() + " (known: " + new TreeSet<>(groupings) + ")");
                }
                steps.add(step);
            }
            out.add(new Varied(Assumption.imputation(steps), describe("imputation", alternatives)));
        }
        alternatives = alternatives("--assume-treat", treat, null);
        if (!alternatives.isEmpty()) {
            List<UnaryOperator<IndexSpec>> edits = new ArrayList<>();
            for (String a : alternatives) {
                edits.add(treatment(a, nominal));
            }
            out.add(new Varied(Assumption.of("treatment", alternatives, (spec, c) -> edits.get(c).apply(spec)),
                    describe("treatment", alternatives)));
        }
        if (winmax != null) {
            out.add(winsorisation());
        }
        alternatives = alternatives("--assume-normalise", normalise, DEFAULT_NORMALISE);
        if (!alternatives.isEmpty()) {
            List<NormaliseMethod> methods = new ArrayList<>();
            for (String a : alternatives) {
                methods.add(a.equals(AlternativeParser.SPEC)
                        ? nominal.step(Normalise.class).map(Normalise::defaults).orElse(new NormaliseMethod.None())
                        : ((Normalise) AlternativeParser.step("--assume-normalise", "normalise", a, nominal)).defaults());
            }
            out.add(new Varied(Assumption.normalisation(methods), describe("normalisation", alternatives)));
        }
        Varied weights = weights(nominal.framework());
        if (weights != null) {
            out.add(weights);
        }
        alternatives = alternatives("--assume-aggregate", aggregate, DEFAULT_AGGREGATE);
        if (!alternatives.isEmpty()) {
            List<Aggregate.Rule> rules = new ArrayList<>();
            for (String a : alternatives) {
                rules.add(a.equals(AlternativeParser.SPEC)
                        ? nominal.step(Aggregate.class).map(Aggregate::defaults).orElse(Aggregate.Rule.arithmetic())
                        : ((Aggregate) AlternativeParser.step("--assume-aggregate", "aggregate", a, nominal)).defaults());
            }
            out.add(new Varied(Assumption.aggregation(rules), describe("aggregation", alternatives)));
        }
        if (dropOne != null) {
            Framework f = nominal.framework();
            if (dropOne < 1 || dropOne >= f.levels()) {
                throw new IllegalArgumentException("--drop-one: the level must be from 1 to " + (f.levels() - 1)
                        + " (the index is level " + f.levels() + "): " + dropOne);
            }
            out.add(new Varied(Assumption.dropOne(dropOne), "drop (none or one of the "
                    + f.nodesAtLevel(dropOne).size() + " nodes of level " + dropOne + ")"));
        }
        return out;
    }

    /** The alternatives of an option, or none if its only alternative is the spec's own. */
    private static List<String> alternatives(String option, List<String> values, String defaults) {
        if (values == null && defaults == null) {
            return List.of();
        }
        List<String> a = AlternativeParser.split(option, values == null ? List.of(defaults) : values);
        return a.equals(List.of(AlternativeParser.SPEC)) ? List.of() : a;
    }

    /** The edit of one treatment alternative: the spec's own step (or none), or the step read. */
    private static UnaryOperator<IndexSpec> treatment(String alternative, IndexSpec nominal) {
        if (alternative.equals(AlternativeParser.SPEC)) {
            Treat own = nominal.step(Treat.class).orElse(null);
            return own == null ? spec -> spec.withoutStep(StepKind.TREAT) : spec -> spec.withStep(own);
        }
        Treat step = (Treat) AlternativeParser.step("--assume-treat", "treat", alternative, nominal);
        return spec -> spec.withStep(step);
    }

    private Varied winsorisation() {
        String[] ends = winmax.strip().split(":", -1);
        try {
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length == 1 ? from : Integer.parseInt(ends[1].strip());
            if (ends.length > 2 || from < 0 || to < from) {
                throw new NumberFormatException();
            }
            return new Varied(Assumption.winsorisationLimit(from, to),
                    "winsorisation limit (" + (from == to ? from : from + " to " + to) + ")");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--assume-winmax: expected FROM:TO with 0 <= FROM <= TO, such as 1:5,"
                    + " found '" + winmax + "'", e);
        }
    }

    private Varied weights(Framework framework) throws IOException {
        if (weightSets != null) {
            if (weightNoise != null) {
                throw new IllegalArgumentException("--weight-sets and --weight-noise both vary the weights: give one");
            }
            Map<String, Map<String, Double>> sets = WeightSetsCsv.read(weightSets, framework);
            List<String> names = new ArrayList<>(sets.keySet());
            String shown = names.size() <= SETS_NAMED ? String.join(" | ", names)
                    : String.join(" | ", names.subList(0, SETS_NAMED)) + " | ...";
            return new Varied(Assumption.weightSets(new ArrayList<>(sets.values())),
                    "weights (" + sets.size() + " sets of " + weightSets.getFileName() + ": " + shown + ")");
        }
        double noise = weightNoise == null ? DEFAULT_NOISE : weightNoise;
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("--weight-noise must be in [0, 1]: " + weightNoise);
        }
        if (noise == 0 || framework.levels() < 2) {
            return null;
        }
        int[] levels = IntStream.range(1, framework.levels()).toArray();
        return new Varied(Assumption.weightNoise(noise, NOISY_SETS, levels), "weights (" + NOISY_SETS
                + " noisy sets: every weight below the index times 1 + U(-" + noise + ", " + noise + "))");
    }

    private static String describe(String name, List<String> alternatives) {
        return name + " (" + String.join(" | ", alternatives) + ")";
    }
}
