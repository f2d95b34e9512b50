package org.divide.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.divide.core.internal.Checks;

/**
 * Items kept in insertion order and found by their code: the economies or the indicators of a
 * panel. Adding an item whose code is taken is accepted when the definitions are equal and rejected
 * otherwise. Not thread-safe while it is being filled; a {@code Panel} never modifies its own.
 *
 * @param <T> the item type
 */
final class CodeIndex<T> {

    private final String what;
    private final Function<T, String> codeOf;
    private final List<T> items = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    /**
     * An empty index.
     *
     * @param what   what the items are ("economy"), used in messages
     * @param codeOf the code of an item
     */
    CodeIndex(String what, Function<T, String> codeOf) {
        this.what = what;
        this.codeOf = codeOf;
    }

    /**
     * An index holding some items.
     *
     * @param what   what the items are ("economy"), used in messages
     * @param codeOf the code of an item
     * @param items  the items, in order
     * @throws IllegalArgumentException if two items share a code with different definitions
     */
    CodeIndex(String what, Function<T, String> codeOf, Collection<T> items) {
        this(what, codeOf);
        items.forEach(this::add);
    }

    /**
     * Adds an item unless an equal one is present.
     *
     * @param item the item, non-null
     * @return its position
     * @throws IllegalArgumentException if another item with the same code is present
     */
    int add(T item) {
        Objects.requireNonNull(item, what);
        String code = codeOf.apply(item);
        Integer at = positions.get(code);
        if (at != null) {
            T old = items.get(at);
            if (!old.equals(item)) {
                throw new IllegalArgumentException(
                        what + " " + code + " defined twice with different definitions: " + old + " and " + item);
            }
            return at;
        }
        positions.put(code, items.size());
        items.add(item);
        return items.size() - 1;
    }

    /**
     * The position of a code.
     *
     * @param code the code
     * @return the position, or −1 when absent
     */
    int indexOf(String code) {
        Integer at = positions.get(code);
        return at == null ? -1 : at;
    }

    /**
     * The position of a code that must be present.
     *
     * @param code the code
     * @return the position
     * @throws IllegalArgumentException if the code is absent
     */
    int require(String code) {
        return Checks.found(indexOf(code), what, code);
    }

    /**
     * The item at a position.
     *
     * @param index the position
     * @return the item
     */
    T get(int index) {
        return items.get(index);
    }

    /**
     * The number of items.
     *
     * @return the count
     */
    int size() {
        return items.size();
    }

    /**
     * The items in order.
     *
     * @return an unmodifiable view
     */
    List<T> list() {
        return Collections.unmodifiableList(items);
    }
}
