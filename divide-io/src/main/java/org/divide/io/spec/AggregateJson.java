package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
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
     * Reads a rule: {@code method} ({@code arithmetic}), {@code power} (1), {@code shift} (0),
     * {@code availabilityThreshold} (0).
     */
    private static Aggregate.Rule rule(Fields f) throws MalformedDataException {
        AggregateMethod method = f.enumValue("method", AggregateMethod.class, AggregateMethod.ARITHMETIC);
        double power = f.number("power", 1);
        double shift = f.number("shift", 0);
        double threshold = f.number("availabilityThreshold", 0);
        return f.build(() -> new Aggregate.Rule(method, power, shift, threshold));
    }

    private static ObjectNode rule(Aggregate.Rule r, ObjectNode o) {
        Out.enumValue(o, "method", r.method(), null);
        Out.number(o, "power", r.power(), 1);
        Out.number(o, "shift", r.shift(), 0);
        Out.number(o, "availabilityThreshold", r.availabilityThreshold(), 0);
        return o;
    }
}
