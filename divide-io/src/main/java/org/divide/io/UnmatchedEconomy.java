package org.divide.io;

import java.util.Objects;

/**
 * An economy code or name in the input that the {@link EconomyResolver} did not recognise.
 * Readers list every one in {@link ReadResult#unmatched()}; whether its values are kept is decided
 * by {@link ReadOptions#unmatched()}.
 *
 * @param key       the code (or name) as written in the input
 * @param name      the name the input gives it, or {@code key} when it gives none
 * @param firstSeen where it first occurs
 * @param records   how many values the input holds for it (missing ones included)
 */
public record UnmatchedEconomy(String key, String name, Location firstSeen, long records) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public UnmatchedEconomy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
