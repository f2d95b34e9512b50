package org.divide.io.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.internal.Limits;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;

/**
 * JSON parsing shared by the JSON-based readers (World Bank API, IMF DataMapper, the panel JSON,
 * SDMX-JSON): bounded, strict, and with errors that name the source and the position.
 *
 * <p>Documents are parsed with Jackson into a tree, with the limits of {@link ReadLimits} against
 * hostile input: nesting at most {@link ReadLimits#maxJsonDepth()} levels (default
 * {@value #MAX_DEPTH}), a string at most {@link ReadLimits#maxJsonStringLength()} characters
 * (default {@value #MAX_STRING}), a number at most {@value #MAX_NUMBER} digits, a file at most
 * {@link ReadLimits#maxFileBytes()}; a key repeated within one object is an error (rather than the
 * last one silently winning). Syntax errors, truncation and exceeded limits become a
 * {@link MalformedDataException} with the line, the column and the JSON pointer of the enclosing
 * value, in the words of the error grammar (never the parser's class or method names); errors in
 * content are located with a JSON pointer (RFC 6901) through {@link #at(String, String)}.
 */
public final class JsonInput {

    /** The deepest nesting accepted by default. */
    public static final int MAX_DEPTH = 64;
    /** The longest string accepted by default, in characters. */
    public static final int MAX_STRING = 1 << 20;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper(factory(ReadLimits.defaults()));
    private static final JsonFactory DEFAULT_FACTORY = MAPPER.getFactory();

    private JsonInput() {
    }

    private static JsonFactory factory(ReadLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxJsonStringLength())
                        .maxNameLength(limits.maxJsonStringLength())
                        .maxNumberLength(MAX_NUMBER)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Parses a file (UTF-8, a byte-order mark skipped) within the default limits.
     *
     * @param path the file
     * @return the document's root
     * @throws MalformedDataException if it is not well-formed JSON within the limits, or empty
     * @throws IOException            if it cannot be read
     */
    public static JsonNode parse(Path path) throws IOException {
        return parse(path, ReadLimits.defaults());
    }

    /**
     * Parses a file (UTF-8, a byte-order mark skipped) within limits.
     *
     * @param path   the file
     * @param limits the limits
     * @return the document's root
     * @throws MalformedDataException if it is not well-formed JSON within the limits, or empty
     * @throws IOException            if it cannot be read
     */
    public static JsonNode parse(Path path, ReadLimits limits) throws IOException {
        Limits.checkSize(path, limits);
        try (Reader reader = Sources.open(path, StandardCharsets.UTF_8)) {
            return parse(reader, Sources.name(path), limits);
        }
    }

    /**
     * Parses a document from a reader (not closed), a byte-order mark at its start skipped, within
     * the default limits.
     *
     * @param reader the text
     * @param source the name used in messages
     * @return the document's root
     * @throws MalformedDataException if it is not well-formed JSON within the limits, or empty
     * @throws IOException            if it cannot be read
     */
    public static JsonNode parse(Reader reader, String source) throws IOException {
        return parse(reader, source, ReadLimits.defaults());
    }

    /**
     * Parses a document from a reader (not closed), a byte-order mark at its start skipped, within
     * limits.
     *
     * @param reader the text
     * @param source the name used in messages
     * @param limits the limits
     * @return the document's root
     * @throws MalformedDataException if it is not well-formed JSON within the limits, or empty
     * @throws IOException            if it cannot be read
     */
    public static JsonNode parse(Reader reader, String source, ReadLimits limits) throws IOException {
        JsonFactory f = limits.maxJsonDepth() == MAX_DEPTH && limits.maxJsonStringLength() == MAX_STRING
                ? DEFAULT_FACTORY : factory(limits);
        try (JsonParser parser = f.createParser(Sources.skipBom(reader))) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (root == null || root instanceof MissingNode) {
                    throw new MalformedDataException(Location.of(source), "empty input: no JSON document");
                }
                if (parser.nextToken() != null) {
                    throw new MalformedDataException(where(source, parser.currentTokenLocation()),
                            "text after the end of the JSON document");
                }
                return root;
            } catch (JsonProcessingException e) {
                String pointer = parser.getParsingContext() == null ? null
                        : parser.getParsingContext().pathAsPointer().toString();
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new MalformedDataException(where(source, at).withPointer(pointer),
                        JsonErrors.reason(e, limits), e);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The location of a JSON pointer in a source.
     *
     * @param source  the source name
     * @param pointer the pointer, such as {@code /1/3/value}
     * @return the location
     */
    public static Location at(String source, String pointer) {
        return Location.pointer(source, pointer);
    }

    /**
     * Extends a JSON pointer by a member name or an array index, escaping {@code ~} and {@code /}.
     *
     * @param pointer the parent pointer ({@code ""} for the root)
     * @param token   the member name or index
     * @return the child pointer
     */
    public static String child(String pointer, Object token) {
        return pointer + "/" + token.toString().replace("~", "~0").replace("/", "~1");
    }

    /**
     * Reads a value node as a number: a JSON number, {@code null} (missing), or a string read with
     * {@link Values#number(String, ReadOptions)}.
     *
     * @param node    the node
     * @param options the missing-value texts and decimal separator for strings
     * @return the value, {@code NaN} for missing
     * @throws IllegalArgumentException if the node is another type or a string that is not a number,
     *                                  naming it
     */
    public static double number(JsonNode node, ReadOptions options) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            double v = node.doubleValue();
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(node + " is beyond the range of a double");
            }
            return v;
        }
        if (node.isTextual()) {
            return Values.number(node.textValue(), options);
        }
        throw new IllegalArgumentException("expected a number, found " + describe(node));
    }

    /**
     * A short description of a node for messages: its type and, for scalars, its text.
     *
     * @param node the node
     * @return the description
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "an array" : "an object";
        }
        String text = node.toString();
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    private static Location where(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.of(source);
        }
        return Location.position(source, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }
}
