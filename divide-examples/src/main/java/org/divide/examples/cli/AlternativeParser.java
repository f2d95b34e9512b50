package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Step;
import org.divide.core.spec.StepKind;
import org.divide.io.MalformedDataException;
import org.divide.io.spec.IndexSpecJson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Reads the alternatives of an {@code --assume-*} option of {@code divide uncertainty} in the index
 * spec's own vocabulary (docs/index-spec.md): a comma-separated list of {@code METHOD} or
 * {@code METHOD(member=value,...)}, each turned into the spec step
 * <code>{"step": KIND, "method": METHOD, member: value, ...}</code> and read by divide-io's
 * {@link IndexSpecJson} against the nominal spec's framework, so that the names, defaults and
 * checks are those of a spec file. A value is read as JSON when it is JSON (a number, {@code true},
 * {@code [1,100]}) and as text otherwise ({@code grouping=EurAsia_group}). The word
 * {@value #SPEC} stands for the spec's own step of that kind.
 */
final class AlternativeParser {

    /** The alternative that stands for the nominal spec's own step. */
    static final String SPEC = "spec";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private AlternativeParser() {
    }

    /**
     * Splits option values at the commas outside parentheses and brackets, dropping blanks.
     *
     * @param option the option, for messages
     * @param values the option's values (the option may be repeated)
     * @return the alternatives, stripped
     * @throws IllegalArgumentException if a parenthesis or bracket is unbalanced or nothing is left
     */
    static List<String> split(String option, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= value.length(); i++) {
                char c = i < value.length() ? value.charAt(i) : ',';
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                }
                if (depth < 0 || i == value.length() && depth != 0) {
                    throw new IllegalArgumentException(option + ": unbalanced parenthesis or bracket in '" + value
                            + "'");
                }
                if (c == ',' && depth == 0) {
                    String alternative = value.substring(start, Math.min(i, value.length())).strip();
                    if (!alternative.isEmpty()) {
                        out.add(alternative);
                    }
                    start = i + 1;
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(option + ": no alternatives given");
        }
        return out;
    }

    /**
     * Reads one alternative as a step of the nominal spec's framework.
     *
     * @param option  the option, for messages
     * @param kind    the step's name in the spec ({@code normalise}, {@code aggregate}, ...)
     * @param text    the alternative, {@code METHOD} or {@code METHOD(member=value,...)}
     * @param nominal the nominal spec, whose framework the step must fit
     * @return the step
     * @throws IllegalArgumentException naming the option and the alternative if it is not a valid
     *                                  step ("--assume-normalise 'z-score(mu=1)': ... unknown member")
     */
    static Step step(String option, String kind, String text, IndexSpec nominal) {
        ObjectNode step = JSON.createObjectNode();
        step.put("step", kind);
        int open = text.indexOf('(');
        if (open < 0) {
            step.put("method", text);
        } else {
            if (!text.endsWith(")")) {
                throw bad(option, text, "expected METHOD(member=value,...)");
            }
            step.put("method", text.substring(0, open).strip());
            String members = text.substring(open + 1, text.length() - 1);
            if (!members.isBlank()) {
                for (String member : split(option, List.of(members))) {
                    int eq = member.indexOf('=');
                    if (eq <= 0) {
                        throw bad(option, text, "expected member=value, found '" + member + "'");
                    }
                    step.set(member.substring(0, eq).strip(), value(member.substring(eq + 1).strip()));
                }
            }
        }
        ObjectNode document = IndexSpecJson.toJson(nominal);
        ArrayNode steps = document.putArray("steps");
        steps.add(step);
        try {
            IndexSpec read = IndexSpecJson.read(document, option);
            StepKind stepKind = StepKind.valueOf(kind.toUpperCase(Locale.ROOT));
            return read.step(stepKind).orElseThrow(() -> bad(option, text, "not a " + kind + " step"));
        } catch (MalformedDataException e) {
            throw bad(option, text, e.reason());
        }
    }

    private static JsonNode value(String text) {
        try {
            JsonNode node = text.isEmpty() ? null : JSON.readTree(text);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }

    private static IllegalArgumentException bad(String option, String text, String reason) {
        return new IllegalArgumentException(option + " '" + text + "': " + reason);
    }
}
