package org.divide.io;

import java.io.IOException;
import java.util.Objects;

/**
 * An input that cannot be read as its format says: a value that is not a number, a missing
 * column, a record with the wrong number of fields, a truncated document, a conflicting duplicate,
 * an input beyond a limit of {@link ReadOptions}.
 *
 * <p>This is a plain {@link IOException} (catch it as one) that also carries the parts of the
 * error grammar ({@code docs/errors.md}) as data, so that a program can point at the offending
 * line without parsing the message: the {@link #location()} of the problem, the offending
 * {@link #value()} (when one applies, shortened to {@value ErrorText#MAX_VALUE} characters) and the
 * {@link #rule()} it breaks. The message is {@code location + ": " + reason}, for example
 * {@code "pop.csv line 17, column 'Value': '12abc' is not a number"}, where the reason is the
 * quoted value followed by the rule, or the rule alone. A reason is at most
 * {@value ErrorText#MAX_MESSAGE} characters; the messages of third-party parsers are never quoted
 * verbatim (see {@link ErrorText#scrub(String)}).
 *
 * <p>Readers throw it instead of returning a partly loaded panel. In lenient mode
 * ({@link BadRecordPolicy#SKIP}) the same location and reason are returned as a
 * {@link SkippedRecord} instead, for the problems that concern one record.
 */
public final class MalformedDataException extends IOException {

    private static final long serialVersionUID = 2L;

    /** Where the problem is. */
    private final Location location;
    /** What is wrong: the quoted value and the rule, or the rule alone. */
    private final String reason;
    /** The offending value, shortened, or null. */
    private final String value;
    /** The rule broken. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param reason   what is wrong, naming the offending value
     */
    public MalformedDataException(Location location, String reason) {
        this(location, null, reason, null);
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
        this(location, null, reason, cause);
    }

    /**
     * Creates the exception for an offending value: the reason is the value quoted by
     * {@link ErrorText#value(String)} followed by the rule, such as {@code '12abc' is not a number}.
     *
     * @param location where the problem is
     * @param value    the offending value, or {@code null} when none applies (the reason is then the
     *                 rule alone)
     * @param rule     the rule broken, such as {@code "is not a number"}
     * @param cause    the exception that revealed the problem, or {@code null}
     */
    public MalformedDataException(Location location, String value, String rule, Throwable cause) {
        this(Objects.requireNonNull(location, "location"), value == null ? null : shorten(value), rule,
                value == null ? rule : ErrorText.value(value) + " " + rule, cause);
    }

    private MalformedDataException(Location location, String value, String rule, String reason, Throwable cause) {
        super(location + ": " + cap(reason), cause);
        this.location = location;
        this.reason = cap(reason);
        this.value = value;
        this.rule = rule == null ? null : cap(rule);
    }

    /**
     * The exception for a record's problem reported as an {@link IllegalArgumentException}: when
     * it names an offending value ({@link BadValueException}), the value and the rule are kept as
     * data.
     *
     * @param location where the problem is
     * @param problem  the problem
     * @return the exception
     */
    public static MalformedDataException of(Location location, IllegalArgumentException problem) {
        if (problem instanceof BadValueException b) {
            return new MalformedDataException(location, b.value(), b.rule(), problem);
        }
        return new MalformedDataException(location, String.valueOf(problem.getMessage()), problem);
    }

    /**
     * The exception for a limit of {@link ReadOptions} that an input exceeds: the rule names the
     * limit and the option that raises it.
     *
     * @param location where the limit was exceeded
     * @param what     what exceeds it, such as {@code "a line longer than 1048576 characters"}
     * @param limit    the {@link ReadLimits} component, such as {@code "maxLineLength"}
     * @return the exception
     */
    public static MalformedDataException limit(Location location, String what, String limit) {
        return new MalformedDataException(location, null, what + " (limit ReadLimits." + limit
                + "; raise it with ReadOptions.withLimits)", null);
    }

    /**
     * The same problem at another location (a reader adding what it knows: the sheet of a
     * workbook, say), with this exception as the cause.
     *
     * @param newLocation the location
     * @return the exception
     */
    public MalformedDataException relocated(Location newLocation) {
        return new MalformedDataException(Objects.requireNonNull(newLocation, "location"), value, rule, reason, this);
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
     * What is wrong, without the location: the quoted value followed by the rule, or the rule
     * alone.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * The offending value, shortened to at most {@value ErrorText#MAX_VALUE} characters (then ending
     * in an ellipsis), when the problem concerns one value.
     *
     * @return the value, or {@code null}
     */
    public String value() {
        return value;
    }

    /**
     * The rule the input breaks, without the value: {@code "is not a number"}, or the whole
     * reason when no value applies.
     *
     * @return the rule
     */
    public String rule() {
        return rule != null ? rule : reason;
    }

    private static String shorten(String value) {
        return value.length() <= ErrorText.MAX_VALUE ? value : value.substring(0, ErrorText.MAX_VALUE) + "…";
    }

    /** A reason cut to {@value ErrorText#MAX_MESSAGE} characters, its length said when cut. */
    static String cap(String text) {
        String t = String.valueOf(text);
        return t.length() <= ErrorText.MAX_MESSAGE ? t
                : t.substring(0, ErrorText.MAX_MESSAGE - 1) + "… (" + t.length() + " characters)";
    }
}
