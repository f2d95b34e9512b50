package org.divide.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options every reader shares, immutable: how economies are resolved and what happens to the
 * unmatched ones, how bad records are handled, which texts mean "missing" and how decimals are
 * written.
 *
 * <pre>{@code
 * ReadOptions lenient = ReadOptions.defaults().withBadRecords(BadRecordPolicy.SKIP);
 * ReadOptions french = ReadOptions.defaults().withDecimalComma(true);
 * }</pre>
 *
 * <p>Defaults: {@link EconomyResolver#worldBank()}, {@link UnmatchedPolicy#KEEP},
 * {@link BadRecordPolicy#FAIL}, at most 1000 skipped records, the missing-value texts of
 * {@link #DEFAULT_MISSING}, decimal point, the {@link ReadLimits#defaults() default limits} for
 * untrusted input, and an input without data records rejected ({@link #allowEmpty()}).
 */
public final class ReadOptions {

    /**
     * The texts read as a missing value by default, compared without regard to case after
     * stripping white space: the empty text, {@code ..} (World Bank), {@code :} (Eurostat),
     * {@code NA}, {@code N/A}, {@code #N/A}, {@code NaN}, {@code null}.
     */
    public static final Set<String> DEFAULT_MISSING = Set.of("", "..", ":", "na", "n/a", "#n/a", "nan", "null");

    private static final ReadOptions DEFAULTS = new ReadOptions(EconomyResolver.worldBank(), UnmatchedPolicy.KEEP,
            BadRecordPolicy.FAIL, 1000, DEFAULT_MISSING, false, ReadLimits.defaults(), false);

    private final EconomyResolver resolver;
    private final UnmatchedPolicy unmatched;
    private final BadRecordPolicy badRecords;
    private final int maxSkipped;
    private final Set<String> missing;
    private final boolean decimalComma;
    private final ReadLimits limits;
    private final boolean allowEmpty;

    private ReadOptions(EconomyResolver resolver, UnmatchedPolicy unmatched, BadRecordPolicy badRecords,
            int maxSkipped, Set<String> missing, boolean decimalComma, ReadLimits limits, boolean allowEmpty) {
        this.resolver = resolver;
        this.unmatched = unmatched;
        this.badRecords = badRecords;
        this.maxSkipped = maxSkipped;
        this.missing = missing;
        this.decimalComma = decimalComma;
        this.limits = limits;
        this.allowEmpty = allowEmpty;
    }

    /**
     * The default options.
     *
     * @return the defaults
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * How economy codes and names are resolved.
     *
     * @return the resolver
     */
    public EconomyResolver resolver() {
        return resolver;
    }

    /**
     * A copy with another resolver.
     *
     * @param newResolver the resolver, non-null
     * @return the copy
     */
    public ReadOptions withResolver(EconomyResolver newResolver) {
        Objects.requireNonNull(newResolver, "resolver");
        return new ReadOptions(newResolver, unmatched, badRecords, maxSkipped, missing, decimalComma, limits,
                allowEmpty);
    }

    /**
     * What happens to the values of economies the resolver does not recognise.
     *
     * @return the policy
     */
    public UnmatchedPolicy unmatched() {
        return unmatched;
    }

    /**
     * A copy with another policy for unmatched economies.
     *
     * @param policy the policy, non-null
     * @return the copy
     */
    public ReadOptions withUnmatched(UnmatchedPolicy policy) {
        Objects.requireNonNull(policy, "unmatched policy");
        return new ReadOptions(resolver, policy, badRecords, maxSkipped, missing, decimalComma, limits, allowEmpty);
    }

    /**
     * What happens to a record that cannot be read.
     *
     * @return the policy
     */
    public BadRecordPolicy badRecords() {
        return badRecords;
    }

    /**
     * A copy with another policy for bad records; {@link BadRecordPolicy#SKIP} is lenient mode.
     *
     * @param policy the policy, non-null
     * @return the copy
     */
    public ReadOptions withBadRecords(BadRecordPolicy policy) {
        Objects.requireNonNull(policy, "bad-record policy");
        return new ReadOptions(resolver, unmatched, policy, maxSkipped, missing, decimalComma, limits, allowEmpty);
    }

    /**
     * Whether this is lenient mode: {@link #badRecords()} is {@link BadRecordPolicy#SKIP}.
     *
     * @return {@code true} in lenient mode
     */
    public boolean lenient() {
        return badRecords == BadRecordPolicy.SKIP;
    }

    /**
     * A copy in lenient mode ({@link BadRecordPolicy#SKIP}: bad records are skipped and listed)
     * or strict mode ({@link BadRecordPolicy#FAIL}: the first throws).
     *
     * @param lenient {@code true} for lenient mode
     * @return the copy
     */
    public ReadOptions withLenient(boolean lenient) {
        return withBadRecords(lenient ? BadRecordPolicy.SKIP : BadRecordPolicy.FAIL);
    }

    /**
     * In lenient mode, how many records may be skipped before the reader gives up (a wrong
     * delimiter or a wrong format would otherwise produce one skipped record per line).
     *
     * @return the limit
     */
    public int maxSkipped() {
        return maxSkipped;
    }

    /**
     * A copy with another limit on skipped records.
     *
     * @param limit the limit, at least 0
     * @return the copy
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public ReadOptions withMaxSkipped(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("maxSkipped must be >= 0: " + limit);
        }
        return new ReadOptions(resolver, unmatched, badRecords, limit, missing, decimalComma, limits, allowEmpty);
    }

    /**
     * The texts read as a missing value, lower case.
     *
     * @return an unmodifiable set
     */
    public Set<String> missing() {
        return missing;
    }

    /**
     * A copy with other texts for a missing value (compared without regard to case after
     * stripping white space). The empty text is always missing.
     *
     * @param texts the texts, non-null
     * @return the copy
     */
    public ReadOptions withMissing(Set<String> texts) {
        Set<String> lower = new TreeSet<>();
        lower.add("");
        for (String t : texts) {
            lower.add(t.strip().toLowerCase(Locale.ROOT));
        }
        return new ReadOptions(resolver, unmatched, badRecords, maxSkipped, Set.copyOf(lower), decimalComma, limits,
                allowEmpty);
    }

    /**
     * Whether numbers in text are written with a decimal comma ({@code 12,5}) instead of a point.
     *
     * @return {@code true} for a decimal comma
     */
    public boolean decimalComma() {
        return decimalComma;
    }

    /**
     * A copy that reads numbers with a decimal comma ({@code 12,5}) or a decimal point. With a
     * decimal comma, a point in a number is an error (thousands separators are not accepted).
     *
     * @param comma {@code true} for a decimal comma
     * @return the copy
     */
    public ReadOptions withDecimalComma(boolean comma) {
        return new ReadOptions(resolver, unmatched, badRecords, maxSkipped, missing, comma, limits, allowEmpty);
    }

    /**
     * The limits applied to untrusted input (file size, line length, JSON depth, workbook size).
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * A copy with other limits for untrusted input.
     *
     * @param newLimits the limits, non-null
     * @return the copy
     */
    public ReadOptions withLimits(ReadLimits newLimits) {
        Objects.requireNonNull(newLimits, "limits");
        return new ReadOptions(resolver, unmatched, badRecords, maxSkipped, missing, decimalComma, newLimits,
                allowEmpty);
    }

    /**
     * Whether an input without a single data record (a header-only CSV file, a sheet with its
     * header only, a JSON document without records) is read as an empty panel. When {@code false}
     * (the default) it is a {@link MalformedDataException} located at the header, such as
     * {@code "pop.csv line 1: no data rows after the header"}.
     *
     * @return {@code true} if an empty input gives an empty panel
     */
    public boolean allowEmpty() {
        return allowEmpty;
    }

    /**
     * A copy that accepts or rejects inputs without a data record (see {@link #allowEmpty()}).
     *
     * @param allow {@code true} to read them as an empty panel
     * @return the copy
     */
    public ReadOptions withAllowEmpty(boolean allow) {
        return new ReadOptions(resolver, unmatched, badRecords, maxSkipped, missing, decimalComma, limits, allow);
    }

    @Override
    public String toString() {
        return "ReadOptions[unmatched=" + unmatched + ", badRecords=" + badRecords + ", maxSkipped=" + maxSkipped
                + ", missing=" + missing + ", decimalComma=" + decimalComma + ", limits=" + limits + ", allowEmpty="
                + allowEmpty + "]";
    }
}
