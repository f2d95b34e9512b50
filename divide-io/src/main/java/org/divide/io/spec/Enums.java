package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.StringJoiner;
import org.divide.io.MalformedDataException;

/**
 * Enum constants as they appear in a spec document: lower case with hyphens ({@code GROUP_MEAN} is
 * {@code "group-mean"}); read ignoring case, with {@code _} taken for {@code -}.
 */
final class Enums {

    private Enums() {
    }

    /**
     * The written name of a constant.
     *
     * @param constant the constant
     * @return for example {@code "min-max"}
     */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a constant.
     *
     * @param source  the document
     * @param node    the value, a string
     * @param pointer its pointer
     * @param type    the enum
     * @param <E>     the enum type
     * @return the constant
     * @throws MalformedDataException if it is not a string naming a constant, listing the allowed names
     */
    static <E extends Enum<E>> E read(Source source, JsonNode node, String pointer, Class<E> type)
            throws MalformedDataException {
        String text = Scalars.text(source, node, pointer);
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        StringJoiner allowed = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(key)) {
                return e;
            }
            allowed.add(name(e));
        }
        throw source.error(pointer, "unknown " + label(type) + " '" + text + "'; allowed: " + allowed);
    }

    private static String label(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
