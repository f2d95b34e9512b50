package org.divide.io;

/**
 * A value that breaks a rule of its format, such as a number that is not one: the
 * {@link IllegalArgumentException} of value parsing, carrying the offending {@link #value()} and
 * the {@link #rule()} apart so that a reader's {@link MalformedDataException} keeps them as data
 * ({@link MalformedDataException#of(Location, IllegalArgumentException)}). Its message is
 * {@code ErrorText.value(value) + " " + rule}, for example {@code '12abc' is not a number}.
 */
public final class BadValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The offending value. */
    private final String value;
    /** The rule broken. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param value the offending value, in full (messages shorten it)
     * @param rule  the rule broken, such as {@code "is not a number"}
     */
    public BadValueException(String value, String rule) {
        super(ErrorText.value(value) + " " + rule);
        this.value = value;
        this.rule = rule;
    }

    /**
     * The offending value, in full.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * The rule broken.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }
}
