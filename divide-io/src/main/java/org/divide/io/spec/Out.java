package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * Writing the members of a spec document: members equal to their documented default are left
 * out, so a written spec shows only its choices; integral numbers are written without fraction.
 */
final class Out {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Integral doubles up to this magnitude are written as integers. */
    private static final double EXACT = 1e15;

    private Out() {
    }

    /** {@return a new, empty object} */
    static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * A number as a node: {@code 2} rather than {@code 2.0} when integral (not {@code -0.0}).
     *
     * @param v the number
     * @return the node
     */
    static JsonNode number(double v) {
        boolean integral = v == Math.rint(v) && Math.abs(v) < EXACT && Double.doubleToRawLongBits(v) != Long.MIN_VALUE;
        return integral ? NODES.numberNode((long) v) : NODES.numberNode(v);
    }

    /**
     * Writes a number unless it equals the default.
     *
     * @param o    the object
     * @param name the member
     * @param v    the value
     * @param dflt the default
     */
    static void number(ObjectNode o, String name, double v, double dflt) {
        if (Double.compare(v, dflt) != 0) {
            o.set(name, number(v));
        }
    }

    /**
     * Writes an optional number unless it is {@code null}.
     *
     * @param o    the object
     * @param name the member
     * @param v    the value, or {@code null}
     */
    static void number(ObjectNode o, String name, Double v) {
        if (v != null) {
            o.set(name, number(v));
        }
    }

    /**
     * Writes an integer unless it equals the default.
     *
     * @param o    the object
     * @param name the member
     * @param v    the value
     * @param dflt the default
     */
    static void integer(ObjectNode o, String name, int v, int dflt) {
        if (v != dflt) {
            o.put(name, v);
        }
    }

    /**
     * Writes a Boolean unless it equals the default.
     *
     * @param o    the object
     * @param name the member
     * @param v    the value
     * @param dflt the default
     */
    static void bool(ObjectNode o, String name, boolean v, boolean dflt) {
        if (v != dflt) {
            o.put(name, v);
        }
    }

    /**
     * Writes a string unless it is {@code null}.
     *
     * @param o    the object
     * @param name the member
     * @param v    the value, or {@code null}
     */
    static void text(ObjectNode o, String name, String v) {
        if (v != null) {
            o.put(name, v);
        }
    }

    /**
     * Writes an enum constant unless it equals the default ({@code null}: always).
     *
     * @param o    the object
     * @param name the member
     * @param v    the constant
     * @param dflt the default, or {@code null}
     */
    static void enumValue(ObjectNode o, String name, Enum<?> v, Enum<?> dflt) {
        if (v != dflt) {
            o.put(name, Enums.name(v));
        }
    }

    /**
     * Writes a map as an object unless it is empty.
     *
     * @param o      the object
     * @param name   the member
     * @param map    the map, keys written with {@code toString()}
     * @param values writes one value
     * @param <V>    the value type
     */
    static <V> void map(ObjectNode o, String name, Map<?, V> map, Function<V, JsonNode> values) {
        if (!map.isEmpty()) {
            ObjectNode m = o.putObject(name);
            map.forEach((k, v) -> m.set(k.toString(), values.apply(v)));
        }
    }
}
