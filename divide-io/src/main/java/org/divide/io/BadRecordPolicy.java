package org.divide.io;

/**
 * What a reader does with a record it cannot read (a value that is not a number, a wrong number
 * of fields, a conflicting duplicate).
 */
public enum BadRecordPolicy {
    /** Throw a {@link MalformedDataException} at the first bad record (the default). */
    FAIL,
    /**
     * Skip the bad record, list it in {@link ReadResult#skipped()} and go on (lenient mode). Damage
     * that leaves the rest unreadable (a missing header column, a truncated document) still throws,
     * and so does exceeding {@link ReadOptions#maxSkipped()}.
     */
    SKIP
}
