package org.divide.io.spec;

import org.divide.io.MalformedDataException;
import org.divide.io.json.JsonInput;

/**
 * The document being read, for messages: every error names it and a JSON pointer.
 *
 * @param name the source name
 */
record Source(String name) {

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
