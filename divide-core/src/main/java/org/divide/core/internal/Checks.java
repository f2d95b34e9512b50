package org.divide.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Argument checks of divide-core's model types and spec records, in one place: each throws an
 * {@link IllegalArgumentException} naming the argument (or the step and field) and the value.
 * Not API: see the package description.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that a code is non-null, non-blank and carries no surrounding white space.
     *
     * @param what  the argument's name, used in the message
     * @param value the code
     * @return the code
     */
    public static String code(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank: '" + value + "'");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(what + " has leading or trailing white space: '" + value + "'");
        }
        return value;
    }


    /**
     * Checks that a key was found.
     *
     * @param index the position found, −1 when absent
     * @param what  what the key is ("economy", "year"), used in the message
     * @param key   the key looked up
     * @return the index
     * @throws IllegalArgumentException if the index is negative
     */
    public static int found(int index, String what, Object key) {
        if (index < 0) {
            throw new IllegalArgumentException("unknown " + what + ": " + key);
        }
        return index;
    }

    /**
     * The positions of some keys, each of which must be present once.
     *
     * @param <K>     the key type
     * @param keys    the keys, in the order wanted
     * @param what    what the keys are ("economy"), used in messages
     * @param indexOf the position of a key, −1 when absent
     * @return the positions, in the order of {@code keys}
     * @throws IllegalArgumentException if a key is null, unknown or repeated
     */
    public static <K> int[] positions(Collection<K> keys, String what, ToIntFunction<K> indexOf) {
        Objects.requireNonNull(keys, what + " selection");
        int[] positions = new int[keys.size()];
        Set<K> seen = new HashSet<>();
        int k = 0;
        for (K key : keys) {
            if (key == null) {
                throw new IllegalArgumentException(what + " selection holds null at position " + k);
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException(what + " selection repeats " + key + " at position " + k);
            }
            positions[k++] = found(indexOf.applyAsInt(key), what, key);
        }
        return positions;
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
    public static <K, V> Map<K, V> map(String what, Map<K, V> map) {
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
    public static List<String> codes(String what, List<String> list) {
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
    public static double share(String what, double value) {
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
    public static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite: " + value);
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
    public static double positive(String what, double value) {
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
    public static double nonNegative(String what, double value) {
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
    public static <T> T notNull(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        return value;
    }

    /**
     * The spec name of a method record: its simple class name in lower case with hyphens
     * ({@code DistanceToTarget} → {@code "distance-to-target"}, {@code LogCTPlus} →
     * {@code "log-ct-plus"}), as written in JSON.
     *
     * @param method the record
     * @return the name
     */
    public static String methodName(Record method) {
        return method.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-").toLowerCase(Locale.ROOT);
    }
}
