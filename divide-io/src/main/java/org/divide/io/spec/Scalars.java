package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/** Typed reading of single JSON values of a spec document, located by their pointer. */
final class Scalars {

    private Scalars() {
    }

    /**
     * A string.
     *
     * @param source  the document
     * @param node    the value
     * @param pointer its pointer
     * @return the string
     * @throws MalformedDataException if it is not a string
     */
    static String text(Source source, JsonNode node, String pointer) throws MalformedDataException {
        if (!node.isTextual()) {
            throw source.error(pointer, "expected a string, found " + JsonInput.describe(node));
        }
        return node.textValue();
    }

    /**
     * A finite number.
     *
     * @param source  the document
     * @param node    the value
     * @param pointer its pointer
     * @return the number
     * @throws MalformedDataException if it is not a number or beyond the range of a double
     */
    static double number(Source source, JsonNode node, String pointer) throws MalformedDataException {
        if (!node.isNumber()) {
            throw source.error(pointer, "expected a number, found " + JsonInput.describe(node));
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw source.error(pointer, node + " is beyond the range of a double");
        }
        return v;
    }

    /**
     * An integer (a JSON number without fraction, such as {@code 2} or {@code 2.0}).
     *
     * @param source  the document
     * @param node    the value
     * @param pointer its pointer
     * @return the integer
     * @throws MalformedDataException if it is not an integer within the range of an {@code int}
     */
    static int integer(Source source, JsonNode node, String pointer) throws MalformedDataException {
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            throw source.error(pointer, "expected an integer, found " + JsonInput.describe(node));
        }
        return node.intValue();
    }

    /**
     * An integer written as a string, such as a level key {@code "2"}.
     *
     * @param source  the document
     * @param text    the text
     * @param pointer its pointer
     * @return the integer
     * @throws MalformedDataException if it is not a decimal integer
     */
    static int integer(Source source, String text, String pointer) throws MalformedDataException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw source.error(pointer, "expected an integer key, found '" + text + "'", e);
        }
    }

    /**
     * An array read element by element.
     *
     * @param source   the document
     * @param node     the value
     * @param pointer  its pointer
     * @param elements reads one element
     * @param <V>      the element type
     * @return the list
     * @throws MalformedDataException if it is not an array or an element is invalid
     */
    static <V> List<V> list(Source source, JsonNode node, String pointer, Fields.ValueReader<V> elements)
            throws MalformedDataException {
        if (!node.isArray()) {
            throw source.error(pointer, "expected an array, found " + JsonInput.describe(node));
        }
        List<V> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(elements.read(node.get(i), JsonInput.child(pointer, i)));
        }
        return Collections.unmodifiableList(out);
    }
}
