package org.divide.io;

import java.io.IOException;
import java.util.Objects;

/**
 * An input that cannot be read as its format says: a value that is not a number, a missing
 * column, a record with the wrong number of fields, a truncated document, a conflicting duplicate.
 *
 * <p>This is a plain {@link IOException} (catch it as one) that also carries the
 * {@link #location()} of the problem and the {@link #reason()} separately, so that a program can
 * point at the offending line without parsing the message. The message is
 * {@code location + ": " + reason}, for example
 * {@code "pop.csv line 17, column 'Value': '12abc' is not a number"}.
 *
 * <p>Readers throw it instead of returning a partly loaded panel. In lenient mode
 * ({@link BadRecordPolicy#SKIP}) the same location and reason are returned as a
 * {@link SkippedRecord} instead, for the problems that concern one record.
 */
public final class MalformedDataException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final Location location;
    /** What is wrong. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param reason   what is wrong, naming the offending value
     */
    public MalformedDataException(Location location, String reason) {
        super(Objects.requireNonNull(location, "location") + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    /**
     * Creates the exception with the low-level error that revealed the problem (a CSV or JSON
     * parser error).
     *
     * @param location where the problem is
     * @param reason   what is wrong
     * @param cause    the parser's exception
     */
    public MalformedDataException(Location location, String reason, Throwable cause) {
        super(Objects.requireNonNull(location, "location") + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    /**
     * Where the problem is.
     *
     * @return the location
     */
    public Location location() {
        return location;
    }

    /**
     * What is wrong, without the location.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
