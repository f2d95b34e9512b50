package org.divide.io;

/**
 * What a reader does with the values of an economy that the {@link EconomyResolver} does not
 * recognise. Whatever the policy, every such economy is listed in {@link ReadResult#unmatched()}.
 */
public enum UnmatchedPolicy {
    /**
     * Keep its values in the panel under an economy made with {@code Economy.of(key, name)} (the
     * default): nothing is lost, and the caller decides from the list.
     */
    KEEP,
    /** Leave its values out of the panel. */
    DROP,
    /** Throw a {@link MalformedDataException} naming the first unmatched economy and where it is. */
    FAIL
}
