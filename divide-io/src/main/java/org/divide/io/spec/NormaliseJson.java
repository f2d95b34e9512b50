package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.divide.core.Direction;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.RankTies;
import org.divide.io.MalformedDataException;

/**
 * The {@code normalise} step: the members of the default rule on the step itself,
 * {@code overrides} (indicator → rule) and {@code directions} (indicator → direction).
 */
final class NormaliseJson {

    private NormaliseJson() {
    }

    /**
     * Reads a normalise step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Normalise read(Fields f) throws MalformedDataException {
        Source s = f.source();
        Normalise.Rule defaults = rule(f);
        Map<String, Normalise.Rule> overrides = f.map("overrides", (n, p) -> nested(s, n, p));
        Map<String, Direction> directions = f.map("directions", (n, p) -> Enums.read(s, n, p, Direction.class));
        f.done();
        return f.build(() -> new Normalise(defaults, overrides, directions));
    }

    /**
     * Writes a normalise step.
     *
     * @param nm the step
     * @param o  the step's object
     */
    static void write(Normalise nm, ObjectNode o) {
        rule(nm.defaults(), o);
        Out.map(o, "overrides", nm.overrides(), r -> rule(r, Out.object()));
        Out.map(o, "directions", nm.directions(), d -> TextNode.valueOf(Enums.name(d)));
    }

    private static Normalise.Rule nested(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields r = Fields.of(source, node, pointer);
        Normalise.Rule rule = rule(r);
        r.done();
        return rule;
    }

    /**
     * Reads a rule: {@code method} ({@code min-max}); {@code lower}, {@code upper}, {@code low},
     * {@code high}, {@code target}, {@code reference} (absent); {@code cap} ({@code false});
     * {@code truncate} ({@code true}); {@code ties} ({@code min}).
     */
    private static Normalise.Rule rule(Fields f) throws MalformedDataException {
        NormaliseMethod method = f.enumValue("method", NormaliseMethod.class, NormaliseMethod.MIN_MAX);
        Double lower = f.optionalNumber("lower");
        Double upper = f.optionalNumber("upper");
        Double low = f.optionalNumber("low");
        Double high = f.optionalNumber("high");
        Double target = f.optionalNumber("target");
        String reference = f.text("reference", null);
        boolean cap = f.bool("cap", false);
        boolean truncate = f.bool("truncate", true);
        RankTies ties = f.enumValue("ties", RankTies.class, RankTies.MIN);
        return f.build(() -> new Normalise.Rule(method, lower, upper, low, high, target, reference, cap, truncate,
                ties));
    }

    private static ObjectNode rule(Normalise.Rule r, ObjectNode o) {
        Out.enumValue(o, "method", r.method(), null);
        Out.number(o, "lower", r.lower());
        Out.number(o, "upper", r.upper());
        Out.number(o, "low", r.low());
        Out.number(o, "high", r.high());
        Out.number(o, "target", r.target());
        Out.text(o, "reference", r.reference());
        Out.bool(o, "cap", r.cap(), false);
        Out.bool(o, "truncate", r.truncate(), true);
        Out.enumValue(o, "ties", r.ties(), RankTies.MIN);
        return o;
    }
}
