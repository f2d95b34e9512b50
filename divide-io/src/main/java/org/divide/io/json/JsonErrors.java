package org.divide.io.json;

import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.divide.io.ErrorText;
import org.divide.io.ReadLimits;

/**
 * Jackson's parser errors in the words of the error grammar: an exceeded constraint names the
 * {@link ReadLimits} component that raises it; other errors keep the parser's description without
 * class or method names, on one line.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * The reason for a parser error.
     *
     * @param e      the parser's exception
     * @param limits the limits in force
     * @return the reason, such as {@code "JSON nested deeper than 64 levels (limit ...)"}
     */
    static String reason(JsonProcessingException e, ReadLimits limits) {
        String original = String.valueOf(e.getOriginalMessage());
        String lower = original.toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException) {
            if (lower.contains("nesting depth")) {
                return limit("JSON nested deeper than " + limits.maxJsonDepth() + " levels", "maxJsonDepth");
            }
            if (lower.contains("string value length") || lower.contains("name length")) {
                return limit("a JSON string longer than " + limits.maxJsonStringLength() + " characters",
                        "maxJsonStringLength");
            }
            if (lower.contains("number value length")) {
                return "a JSON number longer than " + JsonInput.MAX_NUMBER + " characters";
            }
            return "JSON beyond a limit of the parser: " + ErrorText.scrub(original);
        }
        if (lower.contains("duplicate field")) {
            int q = original.indexOf('\'');
            int r = q < 0 ? -1 : original.indexOf('\'', q + 1);
            return r > q ? "member " + ErrorText.value(original.substring(q + 1, r)) + " repeated in one object"
                    : "a member repeated in one object";
        }
        if (lower.contains("unexpected end-of-input")) {
            return "malformed JSON: the document ends before it is complete (truncated?)";
        }
        return "malformed JSON: " + ErrorText.scrub(original);
    }

    private static String limit(String what, String component) {
        return what + " (limit ReadLimits." + component + "; raise it with ReadOptions.withLimits)";
    }
}
