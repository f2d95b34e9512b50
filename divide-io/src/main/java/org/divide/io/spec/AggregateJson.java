package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The {@code aggregate} step: the members of the default rule on the step itself,
 * {@code levels} (level → rule, the level written as a key such as {@code "2"}), {@code nodes}
 * (aggregate → rule) and {@code directions} ({@code true}).
 */
final class AggregateJson {

    /** The methods' names, as written. */
    static final List<String> NAMES = List.of("arithmetic", "geometric", "harmonic", "generalised", "median",
            "copeland", "benefit-of-the-doubt");

    private AggregateJson() {
    }

    /**
     * Reads an aggregate step.
     *
     * @param f the step's members
     * @return the step
     * @throws MalformedDataException if a member is invalid
     */
    static Aggregate read(Fields f) throws MalformedDataException {
        Source s = f.source();
        Aggregate.Rule defaults = rule(f);
        Map<String, Aggregate.Rule> byKey = f.map("levels", (n, p) -> nested(s, n, p));
        Map<Integer, Aggregate.Rule> levels = new LinkedHashMap<>();
        for (Map.Entry<String, Aggregate.Rule> e : byKey.entrySet()) {
            levels.put(Scalars.integer(s, e.getKey(), JsonInput.child(f.pointer("levels"), e.getKey())), e.getValue());
        }
        Map<String, Aggregate.Rule> nodes = f.map("nodes", (n, p) -> nested(s, n, p));
        boolean directions = f.bool("directions", true);
        f.done();
        return f.build(() -> new Aggregate(defaults, levels, nodes, directions));
    }

    /**
     * Writes an aggregate step.
     *
     * @param a the step
     * @param o the step's object
     */
    static void write(Aggregate a, ObjectNode o) {
        rule(a.defaults(), o);
        Out.map(o, "levels", a.levels(), r -> rule(r, Out.object()));
        Out.map(o, "nodes", a.nodes(), r -> rule(r, Out.object()));
        Out.bool(o, "directions", a.directions(), true);
    }

    private static Aggregate.Rule nested(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields r = Fields.of(source, node, pointer);
        Aggregate.Rule rule = rule(r);
        r.done();
        return rule;
    }

    /**
     * Reads a rule: {@code method} ({@code arithmetic}) with the members of its record —
     * {@code shift} (0) for the geometric, harmonic and generalised means, {@code power} (1) for
     * the generalised mean — and {@code availabilityThreshold} (0). Version 1 documents may also
     * give the other methods {@code power} 1 and {@code shift} 0 (its defaults).
     */
    private static Aggregate.Rule rule(Fields f) throws MalformedDataException {
        String name = f.method(NAMES, "arithmetic", "aggregate method");
        AggregateMethod method;
        switch (name) {
            case "arithmetic":
                method = new AggregateMethod.Arithmetic();
                break;
            case "geometric":
                double gs = f.number("shift", 0);
                method = f.build(() -> new AggregateMethod.Geometric(gs));
                break;
            case "harmonic":
                double hs = f.number("shift", 0);
                method = f.build(() -> new AggregateMethod.Harmonic(hs));
                break;
            case "generalised":
                double p = f.number("power", 1);
                double ps = f.number("shift", 0);
                method = f.build(() -> new AggregateMethod.Generalised(p, ps));
                break;
            case "median":
                method = new AggregateMethod.Median();
                break;
            case "copeland":
                method = new AggregateMethod.Copeland();
                break;
            default:
                method = new AggregateMethod.BenefitOfTheDoubt();
        }
        if (f.source().version() == IndexSpecJson.LEGACY_VERSION) {
            legacyDefault(f, method, "power", 1, method instanceof AggregateMethod.Generalised);
            legacyDefault(f, method, "shift", 0, method instanceof AggregateMethod.Shifted);
        }
        double threshold = f.number("availabilityThreshold", 0);
        return f.build(() -> new Aggregate.Rule(method, threshold));
    }

    /** Version 1: a parameter the method does not take may only be given its default. */
    private static void legacyDefault(Fields f, AggregateMethod method, String member, double dflt, boolean takes)
            throws MalformedDataException {
        double v = takes ? dflt : f.number(member, dflt);
        if (v != dflt) {
            throw f.source().error(f.pointer(), method.name() + " takes no " + member + ": " + v);
        }
    }

    private static ObjectNode rule(Aggregate.Rule r, ObjectNode o) {
        AggregateMethod m = r.method();
        o.put("method", m.name());
        if (m instanceof AggregateMethod.Generalised g) {
            Out.number(o, "power", g.power(), 1);
        }
        if (m instanceof AggregateMethod.Shifted sh) {
            Out.number(o, "shift", sh.shift(), 0);
        }
        Out.number(o, "availabilityThreshold", r.availabilityThreshold(), 0);
        return o;
    }
}
