package org.divide.io.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.io.MalformedDataException;

/** The steps without nested rules: {@code denominate}, {@code impute} and {@code screen}. */
final class DataStepsJson {

    /** The impute methods' names, as written. */
    static final List<String> IMPUTE_NAMES = List.of("mean", "median", "group-mean", "group-median", "row-mean",
            "row-median", "last-observation", "constant", "linear", "custom");

    /** The screen rules' names, as written. */
    static final List<String> SCREEN_NAMES = List.of("by-missing", "by-zeros", "by-missing-and-zeros");

    private DataStepsJson() {
    }

    /**
     * Reads a denominate step: {@code denominators} (indicator → variable) and {@code scales}
     * (indicator → factor), both empty by default.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Denominate readDenominate(Fields f) throws MalformedDataException {
        Source s = f.source();
        Map<String, String> denominators = f.map("denominators", (n, p) -> Scalars.text(s, n, p));
        Map<String, Double> scales = f.map("scales", (n, p) -> Scalars.number(s, n, p));
        f.done();
        return f.build(() -> new Denominate(denominators, scales));
    }

    /**
     * Writes a denominate step.
     *
     * @param d the step
     * @param o the step's object
     */
    static void write(Denominate d, ObjectNode o) {
        Out.map(o, "denominators", d.denominators(), TextNode::valueOf);
        Out.map(o, "scales", d.scales(), Out::number);
    }

    /**
     * Reads an impute step: {@code method} (default {@code mean}) and the members of its
     * {@link ImputeMethod} record — {@code grouping} (group methods, required), {@code groupLevel}
     * (0) and {@code normaliseFirst} ({@code true}) (row methods), {@code maxSteps} (0,
     * {@code last-observation}), {@code function} ({@code custom}, required). Version 1 documents
     * may give every method these members (only a grouping or function a method does not take is
     * an error there; the others had no effect).
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Impute readImpute(Fields f) throws MalformedDataException {
        ImputeMethod m = imputeMethod(f);
        if (f.source().version() == IndexSpecJson.LEGACY_VERSION) {
            legacyImpute(f, m);
        }
        f.done();
        return f.build(() -> new Impute(m));
    }

    /** Version 1: the members the method does not take; a grouping or function is an error. */
    private static void legacyImpute(Fields f, ImputeMethod m) throws MalformedDataException {
        for (String member : List.of("grouping", "groupLevel", "normaliseFirst", "maxSteps", "function")) {
            if (f.isRead(member)) {
                continue;
            }
            if (member.equals("normaliseFirst")) {
                f.bool(member, true);
            } else if (member.equals("groupLevel") || member.equals("maxSteps")) {
                f.integer(member, 0);
            } else if (f.has(member)) {
                throw f.source().error(f.pointer(), m.name() + " takes no " + member + ": " + f.text(member, null));
            }
        }
    }

    private static ImputeMethod imputeMethod(Fields f) throws MalformedDataException {
        switch (f.method(IMPUTE_NAMES, "mean", "impute method")) {
            case "mean":
                return new ImputeMethod.Mean();
            case "median":
                return new ImputeMethod.Median();
            case "group-mean":
                String gm = f.requiredText("grouping");
                return f.build(() -> new ImputeMethod.GroupMean(gm));
            case "group-median":
                String gd = f.requiredText("grouping");
                return f.build(() -> new ImputeMethod.GroupMedian(gd));
            case "row-mean":
                int ml = f.integer("groupLevel", 0);
                boolean mf = f.bool("normaliseFirst", true);
                return f.build(() -> new ImputeMethod.RowMean(ml, mf));
            case "row-median":
                int dl = f.integer("groupLevel", 0);
                boolean df = f.bool("normaliseFirst", true);
                return f.build(() -> new ImputeMethod.RowMedian(dl, df));
            case "last-observation":
                int steps = f.integer("maxSteps", 0);
                return f.build(() -> new ImputeMethod.LastObservation(steps));
            case "constant":
                return new ImputeMethod.Constant();
            case "linear":
                return new ImputeMethod.Linear();
            default:
                String function = f.requiredText("function");
                return f.build(() -> new ImputeMethod.Custom(function));
        }
    }

    /**
     * Writes an impute step: the method's name and its parameters that differ from their defaults.
     *
     * @param i the step
     * @param o the step's object
     */
    static void write(Impute i, ObjectNode o) {
        ImputeMethod m = i.method();
        o.put("method", m.name());
        if (m instanceof ImputeMethod.Grouped g) {
            o.put("grouping", g.grouping());
        } else if (m instanceof ImputeMethod.Row r) {
            Out.integer(o, "groupLevel", r.groupLevel(), 0);
            Out.bool(o, "normaliseFirst", r.normaliseFirst(), true);
        } else if (m instanceof ImputeMethod.LastObservation lo) {
            Out.integer(o, "maxSteps", lo.maxSteps(), 0);
        } else if (m instanceof ImputeMethod.Custom c) {
            o.put("function", c.function());
        }
    }

    /**
     * Reads a screen step: {@code rule} (required: {@code by-missing}, {@code by-zeros},
     * {@code by-missing-and-zeros}) with the thresholds of its record — {@code availabilityThreshold}
     * (2/3) and {@code nonZeroThreshold} (0.05) — and {@code forceInclude}, {@code forceExclude}
     * (empty). Version 1 documents may give every rule both thresholds (those it does not use are
     * ignored).
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Screen readScreen(Fields f) throws MalformedDataException {
        Source s = f.source();
        boolean legacy = s.version() == IndexSpecJson.LEGACY_VERSION;
        String rule = f.name("rule", SCREEN_NAMES, null, "screen rule");
        boolean missing = legacy || !rule.equals("by-zeros");
        boolean zeros = legacy || !rule.equals("by-missing");
        double availability = missing ? f.number("availabilityThreshold", ScreenRule.DEFAULT_AVAILABILITY) : 0;
        double nonZero = zeros ? f.number("nonZeroThreshold", ScreenRule.DEFAULT_NON_ZERO) : 0;
        List<String> include = f.list("forceInclude", (n, p) -> Scalars.text(s, n, p));
        List<String> exclude = f.list("forceExclude", (n, p) -> Scalars.text(s, n, p));
        f.done();
        return f.build(() -> new Screen(rule.equals("by-missing") ? new ScreenRule.ByMissing(availability)
                : rule.equals("by-zeros") ? new ScreenRule.ByZeros(nonZero)
                : new ScreenRule.ByMissingAndZeros(availability, nonZero), include, exclude));
    }

    /**
     * Writes a screen step.
     *
     * @param sc the step
     * @param o  the step's object
     */
    static void write(Screen sc, ObjectNode o) {
        ScreenRule rule = sc.rule();
        o.put("rule", rule.name());
        if (rule instanceof ScreenRule.OnAvailability a) {
            Out.number(o, "availabilityThreshold", a.availabilityThreshold(), ScreenRule.DEFAULT_AVAILABILITY);
        }
        if (rule instanceof ScreenRule.OnZeros z) {
            Out.number(o, "nonZeroThreshold", z.nonZeroThreshold(), ScreenRule.DEFAULT_NON_ZERO);
        }
        codes(o, "forceInclude", sc.forceInclude());
        codes(o, "forceExclude", sc.forceExclude());
    }

    private static void codes(ObjectNode o, String name, List<String> codes) {
        if (!codes.isEmpty()) {
            codes.forEach(o.putArray(name)::add);
        }
    }
}
