package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The members of one JSON object of a spec document, read by name with their JSON pointer: typed
 * getters with defaults, every member read is marked, and {@link #done()} refuses the members
 * left unread. A member whose value is {@code null} counts as absent.
 */
final class Fields {

    /** Reads one JSON value of a map or list at its pointer. */
    @FunctionalInterface
    interface ValueReader<V> {
        /**
         * Reads a value.
         *
         * @param node    the value
         * @param pointer its JSON pointer
         * @return the value read
         * @throws MalformedDataException if it is not a valid value
         */
        V read(JsonNode node, String pointer) throws MalformedDataException;
    }

    private final Source source;
    private final String pointer;
    private final ObjectNode node;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(Source source, String pointer, ObjectNode node) {
        this.source = source;
        this.pointer = pointer;
        this.node = node;
    }

    /**
     * The members of an object.
     *
     * @param source  the document
     * @param node    the value, which must be an object
     * @param pointer its JSON pointer
     * @return the members
     * @throws MalformedDataException if the value is not an object
     */
    static Fields of(Source source, JsonNode node, String pointer) throws MalformedDataException {
        if (node == null || !node.isObject()) {
            throw source.error(pointer, "expected an object, found " + JsonInput.describe(node));
        }
        return new Fields(source, pointer, (ObjectNode) node);
    }

    /** {@return the document} */
    Source source() {
        return source;
    }

    /** {@return the JSON pointer of this object} */
    String pointer() {
        return pointer;
    }

    /**
     * The pointer of a member.
     *
     * @param name the member's name
     * @return its pointer
     */
    String pointer(String name) {
        return JsonInput.child(pointer, name);
    }

    /**
     * Runs a constructor of the core, re-throwing its validation error at this object.
     *
     * @param build the constructor call
     * @param <T>   the type built
     * @return what it built
     * @throws MalformedDataException with the pointer of this object and the core's message
     */
    <T> T build(Supplier<T> build) throws MalformedDataException {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw source.error(pointer, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Whether a member is present and not {@code null}; marks it read.
     *
     * @param name the member's name
     * @return {@code true} if present
     */
    boolean has(String name) {
        return value(name) != null;
    }

    /**
     * Whether a member has been read (asked for) already.
     *
     * @param name the member's name
     * @return {@code true} if read
     */
    boolean isRead(String name) {
        return read.contains(name);
    }

    /**
     * A member's value, marked read.
     *
     * @param name the member's name
     * @return its value, or {@code null} if absent or {@code null}
     */
    JsonNode value(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /**
     * A required member.
     *
     * @param name the member's name
     * @return its value
     * @throws MalformedDataException if it is absent
     */
    JsonNode required(String name) throws MalformedDataException {
        JsonNode v = value(name);
        if (v == null) {
            throw source.error(pointer, "missing required member '" + name + "'");
        }
        return v;
    }

    /**
     * A string member.
     *
     * @param name the member's name
     * @param dflt the value if absent ({@code null} allowed)
     * @return the string
     * @throws MalformedDataException if it is not a string
     */
    String text(String name, String dflt) throws MalformedDataException {
        JsonNode v = value(name);
        return v == null ? dflt : Scalars.text(source, v, pointer(name));
    }

    /**
     * A required string member.
     *
     * @param name the member's name
     * @return the string
     * @throws MalformedDataException if it is absent or not a string
     */
    String requiredText(String name) throws MalformedDataException {
        return Scalars.text(source, required(name), pointer(name));
    }

    /**
     * A number member.
     *
     * @param name the member's name
     * @param dflt the value if absent
     * @return the number
     * @throws MalformedDataException if it is not a number
     */
    double number(String name, double dflt) throws MalformedDataException {
        JsonNode v = value(name);
        return v == null ? dflt : Scalars.number(source, v, pointer(name));
    }

    /**
     * A required number member.
     *
     * @param name the member's name
     * @return the number
     * @throws MalformedDataException if it is absent or not a number
     */
    double requiredNumber(String name) throws MalformedDataException {
        return Scalars.number(source, required(name), pointer(name));
    }

    /**
     * The {@code method} member: the name of a method record, read ignoring case with {@code _}
     * taken for {@code -}.
     *
     * @param names the methods' names, as written
     * @param dflt  the name if absent
     * @param label what the methods are, for messages ("normalise method")
     * @return one of {@code names}
     * @throws MalformedDataException if it is not a string naming a method, listing the names
     */
    String method(List<String> names, String dflt, String label) throws MalformedDataException {
        return name("method", names, dflt, label);
    }

    /**
     * A member naming a record (a method, a transform), read as {@link #method}.
     *
     * @param member the member's name
     * @param names  the records' names, as written
     * @param dflt   the name if absent ({@code null}: required)
     * @param label  what the records are, for messages ("transform method")
     * @return one of {@code names}
     * @throws MalformedDataException if it is absent and required, or not a string naming a record
     */
    String name(String member, List<String> names, String dflt, String label) throws MalformedDataException {
        JsonNode v = dflt == null ? required(member) : value(member);
        if (v == null) {
            return dflt;
        }
        String text = Scalars.text(source, v, pointer(member));
        String key = text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (!names.contains(key)) {
            throw source.error(pointer(member), "unknown " + label + " '" + text + "'; allowed: "
                    + String.join(", ", names));
        }
        return key;
    }

    /**
     * An optional number member.
     *
     * @param name the member's name
     * @return the number, or {@code null} if absent
     * @throws MalformedDataException if it is not a number
     */
    Double optionalNumber(String name) throws MalformedDataException {
        JsonNode v = value(name);
        return v == null ? null : Scalars.number(source, v, pointer(name));
    }

    /**
     * An integer member.
     *
     * @param name the member's name
     * @param dflt the value if absent
     * @return the integer
     * @throws MalformedDataException if it is not an integer
     */
    int integer(String name, int dflt) throws MalformedDataException {
        JsonNode v = value(name);
        return v == null ? dflt : Scalars.integer(source, v, pointer(name));
    }

    /**
     * A Boolean member.
     *
     * @param name the member's name
     * @param dflt the value if absent
     * @return the value
     * @throws MalformedDataException if it is not {@code true} or {@code false}
     */
    boolean bool(String name, boolean dflt) throws MalformedDataException {
        JsonNode v = value(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw source.error(pointer(name), "expected true or false, found " + JsonInput.describe(v));
        }
        return v.booleanValue();
    }

    /**
     * An enum member, written in kebab case and read ignoring case (see {@link Enums}).
     *
     * @param name the member's name
     * @param type the enum
     * @param dflt the value if absent, or {@code null} if the member is required
     * @param <E>  the enum type
     * @return the constant
     * @throws MalformedDataException if it is absent and required, or not a constant of the enum
     */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, E dflt) throws MalformedDataException {
        JsonNode v = dflt == null ? required(name) : value(name);
        return v == null ? dflt : Enums.read(source, v, pointer(name), type);
    }

    /**
     * An object member read as a map in document order, each value read at its own pointer.
     *
     * @param name   the member's name
     * @param values reads one value
     * @param <V>    the value type
     * @return the map, empty if absent
     * @throws MalformedDataException if it is not an object or a value is invalid
     */
    <V> Map<String, V> map(String name, ValueReader<V> values) throws MalformedDataException {
        JsonNode v = value(name);
        if (v == null) {
            return Map.of();
        }
        String at = pointer(name);
        if (!v.isObject()) {
            throw source.error(at, "expected an object, found " + JsonInput.describe(v));
        }
        Map<String, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String p = JsonInput.child(at, e.getKey());
            if (e.getValue().isNull()) {
                throw source.error(p, "expected a value, found null");
            }
            out.put(e.getKey(), values.read(e.getValue(), p));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * An array member read as a list, each element read at its own pointer.
     *
     * @param name     the member's name
     * @param elements reads one element
     * @param <V>      the element type
     * @return the list, empty if absent
     * @throws MalformedDataException if it is not an array or an element is invalid
     */
    <V> List<V> list(String name, ValueReader<V> elements) throws MalformedDataException {
        JsonNode v = value(name);
        return v == null ? List.of() : Scalars.list(source, v, pointer(name), elements);
    }

    /**
     * Checks that every member has been read; call it after reading all the members the object
     * takes.
     *
     * @throws MalformedDataException naming the first unknown member and the members taken
     */
    void done() throws MalformedDataException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!read.contains(name)) {
                StringJoiner names = new StringJoiner(", ");
                read.forEach(names::add);
                throw source.error(pointer(name), "unknown member '" + name + "'; allowed: " + names);
            }
        }
    }
}
