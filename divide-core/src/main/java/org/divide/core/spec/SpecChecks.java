package org.divide.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Field checks shared by the step records; messages name the step, the field and the value. */
final class SpecChecks {

    private SpecChecks() {
    }

    /**
     * An unmodifiable insertion-ordered copy of a map without null keys or values.
     *
     * @param what the field, for messages
     * @param map  the map; {@code null} is taken as empty
     * @param <K>  the key type
     * @param <V>  the value type
     * @return the copy
     */
    static <K, V> Map<K, V> map(String what, Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException(what + " has a null key");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(what + " has a null value for " + e.getKey());
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * An unmodifiable copy of a list of distinct, non-blank codes.
     *
     * @param what the field, for messages
     * @param list the list; {@code null} is taken as empty
     * @return the copy
     */
    static List<String> codes(String what, List<String> list) {
        if (list == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String c = list.get(i);
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException(what + "[" + i + "] is blank: " + c);
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException(what + " repeats " + c);
            }
        }
        return List.copyOf(list);
    }

    /**
     * Checks a share in [0, 1].
     *
     * @param what  the field
     * @param value the value
     * @return the value
     */
    static double share(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + value);
        }
        return value;
    }

    /**
     * Checks a finite number.
     *
     * @param what  the field
     * @param value the value
     * @return the value
     */
    static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite: " + value);
        }
        return value;
    }

    /**
     * Checks an optional finite number.
     *
     * @param what  the field
     * @param value the value, or {@code null}
     * @return the value
     */
    static Double optionalFinite(String what, Double value) {
        if (value != null) {
            finite(what, value);
        }
        return value;
    }

    /**
     * Checks a positive finite number.
     *
     * @param what  the field
     * @param value the value
     * @return the value
     */
    static double positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and > 0: " + value);
        }
        return value;
    }

    /**
     * Checks a finite number {@code ≥ 0}.
     *
     * @param what  the field
     * @param value the value
     * @return the value
     */
    static double nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
        }
        return value;
    }

    /**
     * Checks a non-null argument.
     *
     * @param what  the field
     * @param value the value
     * @param <T>   the type
     * @return the value
     */
    static <T> T notNull(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        return value;
    }

    /**
     * The spec name of a method record: its simple class name in lower case with hyphens
     * ({@code DistanceToTarget} → {@code "distance-to-target"}), as written in JSON.
     *
     * @param method the record
     * @return the name
     */
    static String methodName(Record method) {
        return method.getClass().getSimpleName().replaceAll("(?<=[a-zA-Z])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
    }
}
