package org.divide.io;

import java.util.Objects;

/**
 * A record that a reader skipped in lenient mode ({@link BadRecordPolicy#SKIP}): the same location
 * and reason that strict mode would have thrown as a {@link MalformedDataException}.
 *
 * @param location where the record is
 * @param reason   why it was skipped, naming the offending value; cut to
 *                 {@value ErrorText#MAX_MESSAGE} characters as in {@link MalformedDataException}
 */
public record SkippedRecord(Location location, String reason) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SkippedRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        reason = MalformedDataException.cap(reason);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
