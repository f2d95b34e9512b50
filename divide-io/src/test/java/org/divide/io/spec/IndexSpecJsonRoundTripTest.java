package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.StepKind;
import org.divide.io.json.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code read(write(spec))} equals {@code spec}, and writing what was read gives the same text. */
class IndexSpecJsonRoundTripTest {

    static Stream<IndexSpec> specs() {
        return Specs.all().stream();
    }

    static String write(IndexSpec spec) throws IOException {
        StringWriter w = new StringWriter();
        IndexSpecJson.write(spec, w);
        return w.toString();
    }

    static IndexSpec read(String text) throws IOException {
        return IndexSpecJson.read(new StringReader(text), "spec.json");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void readOfWriteIsTheSpec(IndexSpec spec) throws IOException {
        assertEquals(spec, read(write(spec)));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void writeOfReadIsTheDocument(IndexSpec spec) throws IOException {
        String text = write(spec);
        assertEquals(text, write(read(text)));
        assertEquals(JsonInput.parse(new StringReader(text), "a"),
                JsonInput.parse(new StringReader(IndexSpecJson.toJson(read(text)).toString()), "b"));
    }

    @Test
    void theSpecsCoverEveryStepKindAndMoreThanOneSpec() {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        List<IndexSpec> all = Specs.all();
        all.forEach(s -> s.steps().forEach(step -> kinds.add(step.kind())));
        assertEquals(EnumSet.allOf(StepKind.class), kinds);
        assertTrue(all.size() > 10);
    }

    @Test
    void defaultsAreLeftOutAndEnumsAreKebabCase() throws IOException {
        String text = write(IndexSpec.plain(Specs.framework()));
        JsonNode steps = JsonInput.parse(new StringReader(text), "a").get("steps");
        assertEquals("{\"step\":\"normalise\",\"method\":\"min-max\"}", steps.get(0).toString());
        assertEquals("{\"step\":\"aggregate\",\"method\":\"arithmetic\"}", steps.get(1).toString());
        assertTrue(text.contains("\"direction\": \"negative\""), text);
        assertFalse(text.contains("\"parent\": null"), text);
    }

    @Test
    void filesRoundTripAndTheSchemaIsPublished(@TempDir Path dir) throws IOException {
        IndexSpec spec = Specs.all().get(3);
        Path file = dir.resolve("spec.json");
        IndexSpecJson.write(spec, file);
        assertEquals(spec, IndexSpecJson.read(file));
        assertNotNull(IndexSpecJson.schema());
        assertTrue(Files.readString(file).endsWith("}\n"));
    }

    @Test
    void enumsAreReadIgnoringCaseAndUnderscores() throws IOException {
        String text = "{\"framework\": [{\"code\": \"I\", \"level\": 2},"
                + " {\"code\": \"x\", \"parent\": \"I\", \"level\": 1, \"direction\": \"NEGATIVE\"}],"
                + " \"steps\": [{\"step\": \"Impute\", \"method\": \"GROUP_mean\", \"grouping\": \"g\"},"
                + " {\"step\": \"NORMALISE\", \"method\": \"Z-Score\"}]}";
        IndexSpec spec = read(text);
        assertEquals("x", spec.framework().node("x").name());
        assertEquals(org.divide.core.Direction.NEGATIVE, spec.framework().node("x").direction());
        assertEquals(org.divide.core.spec.ImputeMethod.groupMean("g"),
                spec.step(org.divide.core.spec.Impute.class).orElseThrow().method());
    }
}
