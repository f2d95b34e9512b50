package org.divide.io.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.divide.core.Framework;
import org.divide.core.spec.IndexSpec;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * An {@link IndexSpec} as a JSON document, read strictly and written readably.
 *
 * <pre>{@code
 * {
 *   "format": "divide-index-spec",
 *   "version": 2,
 *   "framework": [
 *     {"code": "Index", "name": "Index", "level": 2, "weight": 1, "direction": "positive", "indicator": false},
 *     {"code": "GDP", "name": "GDP per capita", "parent": "Index", "level": 1, "weight": 1,
 *      "direction": "positive", "indicator": true}
 *   ],
 *   "steps": [
 *     {"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"},
 *     {"step": "normalise", "method": "min-max"},
 *     {"step": "aggregate", "method": "arithmetic"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Member names are those of the records of {@code org.divide.core.spec} in camel case; a
 * method record ({@code NormaliseMethod}, {@code AggregateMethod}) is written as its name in
 * {@code method} (the discriminator, {@code "goalposts"}) beside its parameters
 * ({@code "low": 0, "high": 100}; an output range as {@code "range": [0, 100]}). Version 1
 * documents (deprecated, see {@link #LEGACY_VERSION}) are still read and build the same spec; enum
 * values are written in lower case with hyphens ({@code "group-mean"}, {@code "min-max"}) and read
 * ignoring case, {@code _} standing for {@code -}. A step object holds {@code step} (its kind) and
 * its parameters; for treat, normalise and aggregate the members of the default rule sit on the
 * step itself, beside the per-indicator, per-level or per-node rules. A member left out takes its
 * documented default, and {@code null} counts as left out; the writer leaves out members equal to
 * their defaults, so {@code read(write(spec))} equals {@code spec} and writing what was read
 * gives back a document written by this class. The layout, every member and its default are
 * described in {@code docs/index-spec.md} and by the JSON Schema (draft 2020-12) at
 * {@link #SCHEMA_RESOURCE}.
 *
 * <p>Reading is strict: an unknown member, an unknown step kind, an unknown enum value (the
 * allowed ones are listed), a value of the wrong type, a missing required member, and every
 * validation error of {@link Framework} and {@link IndexSpec} fail with a
 * {@link MalformedDataException} naming the source and the JSON pointer of the node, step or
 * member at fault, for example {@code "spec.json at /steps/2/method: unknown impute method
 * 'avg'; allowed: mean, median, ..."}. The document limits of {@link JsonInput} apply.
 */
public final class IndexSpecJson {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "divide-index-spec";
    /** The version written (read: 1 and 2). */
    public static final int VERSION = 2;
    /**
     * The deprecated first version, still read: the normalisation parameters as the members of
     * the former {@code Normalise.Rule} ({@code lower}, {@code upper} for the output range and
     * the z-score's mean and sd; {@code reference} for the economy). A document without a
     * {@code version} member is read as version 1.
     */
    public static final int LEGACY_VERSION = 1;
    /** The class-path resource of the JSON Schema of the document. */
    public static final String SCHEMA_RESOURCE = "/org/divide/io/spec/index-spec.schema.json";

    private static final ObjectWriter WRITER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private IndexSpecJson() {
    }

    /**
     * Reads a spec file (UTF-8, a byte-order mark skipped).
     *
     * @param path the file
     * @return the spec
     * @throws MalformedDataException if the file is not a valid spec document
     * @throws IOException            if it cannot be read
     */
    public static IndexSpec read(Path path) throws IOException {
        return read(JsonInput.parse(path), Sources.name(path));
    }

    /**
     * Reads a spec document from a reader (not closed).
     *
     * @param reader the text
     * @param source the name used in messages
     * @return the spec
     * @throws MalformedDataException if the text is not a valid spec document
     * @throws IOException            if it cannot be read
     */
    public static IndexSpec read(Reader reader, String source) throws IOException {
        return read(JsonInput.parse(reader, source), source);
    }

    /**
     * Reads a spec from a parsed document.
     *
     * @param document the document's root
     * @param source   the name used in messages
     * @return the spec
     * @throws MalformedDataException if the document is not a valid spec
     */
    public static IndexSpec read(JsonNode document, String source) throws MalformedDataException {
        return read(document, source, null);
    }

    /**
     * Reads the steps of a spec whose framework is given apart (read from a COINr iMeta table by
     * {@link IMetaCsv}, say): a spec document without {@code framework}, such as
     * <code>{"steps": [{"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"}]}</code>,
     * read and validated against {@code framework}.
     *
     * @param path      the file (UTF-8, a byte-order mark skipped)
     * @param framework the framework of the spec
     * @return the spec: {@code framework} with the document's steps
     * @throws MalformedDataException if the document is not a valid spec without framework (a
     *                                {@code framework} member is an error at {@code /framework})
     * @throws IOException            if it cannot be read
     */
    public static IndexSpec readSteps(Path path, Framework framework) throws IOException {
        return read(JsonInput.parse(path), Sources.name(path), Objects.requireNonNull(framework, "framework"));
    }

    private static IndexSpec read(JsonNode document, String source, Framework given) throws MalformedDataException {
        Source top = new Source(source, LEGACY_VERSION);
        Fields f = Fields.of(top, document, "");
        f.text("$schema", null);
        String format = f.text("format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw top.error(f.pointer("format"), "expected format '" + FORMAT + "', found '" + format + "'");
        }
        int version = f.integer("version", LEGACY_VERSION);
        if (version != VERSION && version != LEGACY_VERSION) {
            throw top.error(f.pointer("version"), "unsupported version " + version + "; supported: "
                    + LEGACY_VERSION + ", " + VERSION);
        }
        Source s = new Source(source, version);
        if (given != null && f.value("framework") != null) {
            throw top.error(f.pointer("framework"), "the framework is given apart (an iMeta table): leave"
                    + " 'framework' out of a steps document");
        }
        Framework framework = given != null ? given
                : FrameworkJson.read(s, f.required("framework"), f.pointer("framework"));
        JsonNode steps = f.value("steps");
        f.done();
        if (steps == null) {
            return new IndexSpec(framework, List.of());
        }
        return StepsJson.read(s, framework, steps, f.pointer("steps"));
    }

    /**
     * The document of a spec.
     *
     * @param spec the spec
     * @return the document's root
     */
    public static ObjectNode toJson(IndexSpec spec) {
        ObjectNode o = Out.object();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.set("framework", FrameworkJson.write(spec.framework()));
        o.set("steps", StepsJson.write(spec.steps()));
        return o;
    }

    /**
     * Writes a spec, indented, to a writer (not closed).
     *
     * @param spec the spec
     * @param out  the destination
     * @throws IOException if it cannot be written
     */
    public static void write(IndexSpec spec, Writer out) throws IOException {
        WRITER.writeValue(out, toJson(spec));
        out.write('\n');
        out.flush();
    }

    /**
     * Writes a spec to a file (UTF-8), replacing it.
     *
     * @param spec the spec
     * @param path the file
     * @throws IOException if it cannot be written
     */
    public static void write(IndexSpec spec, Path path) throws IOException {
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(spec, w);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of the document, published in this jar.
     *
     * @return the schema's resource
     */
    public static URL schema() {
        return IndexSpecJson.class.getResource(SCHEMA_RESOURCE);
    }
}
