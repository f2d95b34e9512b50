package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.io.MalformedDataException;

/**
 * The {@code treat} step: the members of the default rule on the step itself, and
 * {@code overrides} (indicator → rule).
 */
final class TreatJson {

    private static final Treat.Rule COINR = Treat.Rule.coinr();

    private TreatJson() {
    }

    /**
     * Reads a treat step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Treat read(Fields f) throws MalformedDataException {
        Treat.Rule defaults = rule(f);
        Map<String, Treat.Rule> overrides = f.map("overrides", (n, p) -> nested(f.source(), n, p));
        f.done();
        return f.build(() -> new Treat(defaults, overrides));
    }

    /**
     * Writes a treat step.
     *
     * @param t the step
     * @param o the step's object
     */
    static void write(Treat t, ObjectNode o) {
        rule(t.defaults(), o);
        Out.map(o, "overrides", t.overrides(), r -> rule(r, Out.object()));
    }

    private static Treat.Rule nested(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields r = Fields.of(source, node, pointer);
        Treat.Rule rule = rule(r);
        r.done();
        return rule;
    }

    /**
     * Reads a rule: {@code method} ({@code coinr}), {@code winsorisationLimit} (5),
     * {@code skewThreshold} (2), {@code kurtosisThreshold} (3.5), {@code forceWinsorisation}
     * ({@code false}), {@code transform} ({@code log-ct} for {@code coinr}, else {@code none}),
     * {@code lambda} (0), {@code combine} ({@code false}).
     */
    private static Treat.Rule rule(Fields f) throws MalformedDataException {
        TreatMethod method = f.enumValue("method", TreatMethod.class, TreatMethod.COINR);
        int limit = f.integer("winsorisationLimit", COINR.winsorisationLimit());
        double skew = f.number("skewThreshold", COINR.skewThreshold());
        double kurtosis = f.number("kurtosisThreshold", COINR.kurtosisThreshold());
        boolean force = f.bool("forceWinsorisation", COINR.forceWinsorisation());
        TransformMethod transform = f.enumValue("transform", TransformMethod.class, defaultTransform(method));
        double lambda = f.number("lambda", COINR.lambda());
        boolean combine = f.bool("combine", COINR.combine());
        return f.build(() -> new Treat.Rule(method, limit, skew, kurtosis, force, transform, lambda, combine));
    }

    private static ObjectNode rule(Treat.Rule r, ObjectNode o) {
        Out.enumValue(o, "method", r.method(), null);
        Out.integer(o, "winsorisationLimit", r.winsorisationLimit(), COINR.winsorisationLimit());
        Out.number(o, "skewThreshold", r.skewThreshold(), COINR.skewThreshold());
        Out.number(o, "kurtosisThreshold", r.kurtosisThreshold(), COINR.kurtosisThreshold());
        Out.bool(o, "forceWinsorisation", r.forceWinsorisation(), COINR.forceWinsorisation());
        if (r.transform() != defaultTransform(r.method())) {
            o.put("transform", Enums.name(r.transform()));
        }
        Out.number(o, "lambda", r.lambda(), COINR.lambda());
        Out.bool(o, "combine", r.combine(), COINR.combine());
        return o;
    }

    private static TransformMethod defaultTransform(TreatMethod method) {
        return method == TreatMethod.COINR ? COINR.transform() : TransformMethod.NONE;
    }
}
