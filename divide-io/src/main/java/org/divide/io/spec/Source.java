package org.divide.io.spec;

import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The document being read, for messages: every error names it and a JSON pointer.
 *
 * @param name    the source name
 * @param version the document's format version ({@code 1}: the deprecated shape of the method
 *     parameters, see {@code docs/index-spec.md})
 */
record Source(String name, int version) {

    /**
     * An error at a pointer.
     *
     * @param pointer the JSON pointer
     * @param reason  what is wrong
     * @return the exception to throw
     */
    MalformedDataException error(String pointer, String reason) {
        return new MalformedDataException(JsonInput.at(name, pointer), reason);
    }

    /**
     * An error at a pointer revealed by an exception of the core.
     *
     * @param pointer the JSON pointer
     * @param reason  what is wrong
     * @param cause   the core's exception
     * @return the exception to throw
     */
    MalformedDataException error(String pointer, String reason, Throwable cause) {
        return new MalformedDataException(JsonInput.at(name, pointer), reason, cause);
    }
}
