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
     * Reads an impute step: {@code method} (default {@code mean}), {@code grouping},
     * {@code groupLevel} (0), {@code normaliseFirst} ({@code true}), {@code maxSteps} (0),
     * {@code function}.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Impute readImpute(Fields f) throws MalformedDataException {
        ImputeMethod method = f.enumValue("method", ImputeMethod.class, ImputeMethod.MEAN);
        String grouping = f.text("grouping", null);
        int groupLevel = f.integer("groupLevel", 0);
        boolean normaliseFirst = f.bool("normaliseFirst", true);
        int maxSteps = f.integer("maxSteps", 0);
        String function = f.text("function", null);
        f.done();
        return f.build(() -> new Impute(method, grouping, groupLevel, normaliseFirst, maxSteps, function));
    }

    /**
     * Writes an impute step.
     *
     * @param i the step
     * @param o the step's object
     */
    static void write(Impute i, ObjectNode o) {
        Out.enumValue(o, "method", i.method(), null);
        Out.text(o, "grouping", i.grouping());
        Out.integer(o, "groupLevel", i.groupLevel(), 0);
        Out.bool(o, "normaliseFirst", i.normaliseFirst(), true);
        Out.integer(o, "maxSteps", i.maxSteps(), 0);
        Out.text(o, "function", i.function());
    }

    /**
     * Reads a screen step: {@code rule} (required), {@code availabilityThreshold} (2/3),
     * {@code nonZeroThreshold} (0.05), {@code forceInclude} and {@code forceExclude} (empty).
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Screen readScreen(Fields f) throws MalformedDataException {
        Source s = f.source();
        ScreenRule rule = f.enumValue("rule", ScreenRule.class, null);
        double availability = f.number("availabilityThreshold", Screen.DEFAULT_AVAILABILITY);
        double nonZero = f.number("nonZeroThreshold", Screen.DEFAULT_NON_ZERO);
        List<String> include = f.list("forceInclude", (n, p) -> Scalars.text(s, n, p));
        List<String> exclude = f.list("forceExclude", (n, p) -> Scalars.text(s, n, p));
        f.done();
        return f.build(() -> new Screen(rule, availability, nonZero, include, exclude));
    }

    /**
     * Writes a screen step.
     *
     * @param sc the step
     * @param o  the step's object
     */
    static void write(Screen sc, ObjectNode o) {
        Out.enumValue(o, "rule", sc.rule(), null);
        Out.number(o, "availabilityThreshold", sc.availabilityThreshold(), Screen.DEFAULT_AVAILABILITY);
        Out.number(o, "nonZeroThreshold", sc.nonZeroThreshold(), Screen.DEFAULT_NON_ZERO);
        codes(o, "forceInclude", sc.forceInclude());
        codes(o, "forceExclude", sc.forceExclude());
    }

    private static void codes(ObjectNode o, String name, List<String> codes) {
        if (!codes.isEmpty()) {
            codes.forEach(o.putArray(name)::add);
        }
    }
}
