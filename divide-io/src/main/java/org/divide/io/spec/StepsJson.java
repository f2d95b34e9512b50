package org.divide.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Screen;
import org.divide.core.spec.Step;
import org.divide.core.spec.StepKind;
import org.divide.core.spec.Treat;
import org.divide.core.spec.Weights;
import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/** The {@code steps} member: an array of step objects told apart by their {@code step} member. */
final class StepsJson {

    private StepsJson() {
    }

    /**
     * Reads the steps and validates them against the framework into a spec.
     *
     * @param source    the document
     * @param framework the framework
     * @param node      the array of steps
     * @param pointer   its pointer
     * @return the spec
     * @throws MalformedDataException at the step at fault
     */
    static IndexSpec read(Source source, Framework framework, JsonNode node, String pointer)
            throws MalformedDataException {
        List<Step> steps = Scalars.list(source, node, pointer, (n, p) -> step(source, n, p));
        // Validating growing prefixes puts the core's error at the first step that breaks a rule.
        IndexSpec spec = null;
        for (int i = 0; i <= steps.size(); i++) {
            try {
                spec = new IndexSpec(framework, steps.subList(0, i));
            } catch (IllegalArgumentException e) {
                throw source.error(JsonInput.child(pointer, i - 1), e.getMessage(), e);
            }
        }
        return spec;
    }

    private static Step step(Source source, JsonNode node, String pointer) throws MalformedDataException {
        Fields f = Fields.of(source, node, pointer);
        StepKind kind = f.enumValue("step", StepKind.class, null);
        switch (kind) {
            case DENOMINATE:
                return DataStepsJson.readDenominate(f);
            case IMPUTE:
                return DataStepsJson.readImpute(f);
            case SCREEN:
                return DataStepsJson.readScreen(f);
            case TREAT:
                return TreatJson.read(f);
            case NORMALISE:
                return NormaliseJson.read(f);
            case WEIGHTS:
                return WeightsJson.read(f);
            case AGGREGATE:
                return AggregateJson.read(f);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Writes the steps.
     *
     * @param steps the steps, in order
     * @return the array of step objects
     */
    static ArrayNode write(List<Step> steps) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Step s : steps) {
            ObjectNode o = a.addObject();
            o.put("step", Enums.name(s.kind()));
            if (s instanceof Denominate d) {
                DataStepsJson.write(d, o);
            } else if (s instanceof Impute i) {
                DataStepsJson.write(i, o);
            } else if (s instanceof Screen sc) {
                DataStepsJson.write(sc, o);
            } else if (s instanceof Treat t) {
                TreatJson.write(t, o);
            } else if (s instanceof Normalise nm) {
                NormaliseJson.write(nm, o);
            } else if (s instanceof Weights w) {
                WeightsJson.write(w, o);
            } else {
                AggregateJson.write((Aggregate) s, o);
            }
        }
        return a;
    }
}
