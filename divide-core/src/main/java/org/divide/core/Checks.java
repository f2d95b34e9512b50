package org.divide.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Argument checks shared by the model types; messages name the argument and the value. */
final class Checks {

    private Checks() {
    }

    /**
     * Checks that a code is non-null, non-blank and carries no surrounding white space.
     *
     * @param what  the argument's name, used in the message
     * @param value the code
     * @return the code
     */
    static String code(String what, String value) {
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
     * Checks that a value is finite and not negative.
     *
     * @param what  the argument's name, used in the message
     * @param value the value
     * @return the value
     */
    static double nonNegativeFinite(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
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
    static int found(int index, String what, Object key) {
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
    static <K> int[] positions(Collection<K> keys, String what, ToIntFunction<K> indexOf) {
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
}
