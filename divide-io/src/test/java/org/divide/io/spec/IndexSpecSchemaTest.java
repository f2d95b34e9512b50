package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.divide.core.spec.IndexSpec;
import org.divide.io.json.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema (draft 2020-12, validated with networknt json-schema-validator)
 * accepts the ASEM fixture and every document the writer produces, and refuses obvious mistakes.
 */
class IndexSpecSchemaTest {

    static Schema schema() throws IOException {
        try (InputStream in = IndexSpecJson.schema().openStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<IndexSpec> specs() {
        return Specs.all().stream();
    }

    @Test
    void acceptsTheAsemFixture() throws IOException {
        JsonNode doc = JsonInput.parse(IndexSpecJsonAsemTest.resource("asem.json"));
        assertEquals(List.of(), schema().validate(doc));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void acceptsWhatTheWriterWrites(IndexSpec spec) throws IOException {
        assertEquals(List.of(), schema().validate(IndexSpecJson.toJson(spec)));
    }

    @Test
    void refusesAnUnknownStepKindMethodOrMember() throws IOException {
        ObjectNode doc = IndexSpecJson.toJson(Specs.all().get(1));
        ((ObjectNode) doc.get("steps").get(1)).put("method", "avg");
        assertFalse(schema().validate(doc).isEmpty());
        doc = IndexSpecJson.toJson(Specs.all().get(1));
        ((ObjectNode) doc.get("steps").get(0)).put("step", "rank");
        assertFalse(schema().validate(doc).isEmpty());
        doc = IndexSpecJson.toJson(Specs.all().get(1));
        ((ObjectNode) doc.get("framework").get(0)).put("colour", "red");
        List<Error> errors = schema().validate(doc);
        assertFalse(errors.isEmpty());
    }

    @Test
    void acceptsTheVersion2ShapeAndTheVersion1Shape() throws IOException {
        String v2 = IndexSpecJsonLegacyTest.document("'version': 2, ", "{'step': 'treat', 'fallback': 'box-cox',"
                + " 'lambda': 0.5}, {'step': 'normalise', 'method': 'goalposts', 'low': 0, 'high': 100, 'truncate': true,"
                + " 'range': [0, 10], 'overrides': {'A': {'method': 'z-score', 'mean': 50, 'sd': 10},"
                + " 'B': {'method': 'distance-to-reference', 'economy': 'KEN', 'cap': true}}}");
        assertEquals(List.of(), schema().validate(JsonInput.parse(new StringReader(v2), "v2")));
        for (String rule : IndexSpecJsonLegacyTest.V1_RULES) {
            String v1 = IndexSpecJsonLegacyTest.document("", IndexSpecJsonLegacyTest.step(rule));
            assertEquals(List.of(), schema().validate(JsonInput.parse(new StringReader(v1), "v1")), rule);
        }
        String bad = IndexSpecJsonLegacyTest.document("'version': 2, ", "{'step': 'normalise', 'range': [0, 1, 2]}");
        assertFalse(schema().validate(JsonInput.parse(new StringReader(bad), "bad")).isEmpty());
        String three = IndexSpecJsonLegacyTest.document("'version': 3, ", "");
        assertFalse(schema().validate(JsonInput.parse(new StringReader(three), "three")).isEmpty());
    }
}
