package org.divide.io.sdmx;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.divide.core.Panel;
import org.divide.io.BadValueException;
import org.divide.io.ErrorText;

/**
 * An SDMX time period: a year, a frequency and the number of the period within the year.
 *
 * <p>{@link #parse(String)} reads the SDMX 2.1 forms:
 * <table>
 * <caption>Period forms</caption>
 * <tr><th>frequency</th><th>forms</th><th>{@link #suffix()}</th></tr>
 * <tr><td>annual</td><td>{@code 2023}, {@code 2023-A1}</td><td>(empty)</td></tr>
 * <tr><td>semi-annual</td><td>{@code 2023-S2}, {@code 2023S2}</td><td>{@code S2}</td></tr>
 * <tr><td>trimester</td><td>{@code 2023-T1}, {@code 2023T1}</td><td>{@code T1}</td></tr>
 * <tr><td>quarterly</td><td>{@code 2023-Q3}, {@code 2023Q3}</td><td>{@code Q3}</td></tr>
 * <tr><td>monthly</td><td>{@code 2023-05}, {@code 2023-M05}, {@code 2023M05}</td><td>{@code M05}</td></tr>
 * <tr><td>weekly</td><td>{@code 2023-W07}, {@code 2023W07}</td><td>{@code W07}</td></tr>
 * <tr><td>daily</td><td>{@code 2023-02-01}, {@code 2023-D032}</td><td>{@code D032} (day of the year)</td></tr>
 * </table>
 * Date-times ({@code 2023-02-01T10:00:00}) and time ranges ({@code 2023-01/P3M}) are not
 * accepted. The year must be in [{@value Panel#MIN_YEAR}, {@value Panel#MAX_YEAR}].
 *
 * @param year      the year
 * @param frequency the frequency
 * @param number    the period within the year, from 1 to {@link Frequency#periodsPerYear()}
 */
public record Period(int year, Frequency frequency, int number) {

    private static final String FORMS = " (expected YYYY, YYYY-Sn, YYYY-Tn, YYYY-Qn, YYYY-MM, YYYY-Mmm, YYYY-Www,"
            + " YYYY-MM-DD or YYYY-Dddd; date-times and time ranges are not supported)";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the year is out of range or the number does not fit
     *                                  the frequency
     * @throws NullPointerException     if the frequency is null
     */
    public Period {
        if (year < Panel.MIN_YEAR || year > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside [" + Panel.MIN_YEAR + ", "
                    + Panel.MAX_YEAR + "]");
        }
        if (number < 1 || number > frequency.periodsPerYear()) {
            throw new IllegalArgumentException(frequency + " period number " + number + " is outside [1, "
                    + frequency.periodsPerYear() + "]");
        }
    }

    /**
     * Reads an SDMX time period.
     *
     * @param text the period, surrounding white space ignored
     * @return the period
     * @throws IllegalArgumentException if the text is none of the accepted forms, quoting it
     */
    public static Period parse(String text) {
        String s = text.strip();
        int n = s.length();
        if (n < 4 || !digits(s, 0, 4)) {
            throw new BadValueException(text, "is not an SDMX time period" + FORMS);
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        try {
            if (n == 4) {
                return new Period(year, Frequency.ANNUAL, 1);
            }
            int at = s.charAt(4) == '-' ? 5 : 4;
            if (n == 7 && at == 5 && digits(s, 5, 7)) {
                return new Period(year, Frequency.MONTHLY, Integer.parseInt(s, 5, 7, 10));
            }
            if (n == 10 && at == 5 && s.charAt(7) == '-' && digits(s, 5, 7) && digits(s, 8, 10)) {
                LocalDate date = LocalDate.of(year, Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
                return new Period(year, Frequency.DAILY, date.getDayOfYear());
            }
            if (n > at + 1 && digits(s, at + 1, n) && n - at - 1 <= 3) {
                Frequency f = Frequency.ofLetter(s.charAt(at));
                int width = n - at - 1;
                int expected = f == Frequency.DAILY ? 3 : f.periodsPerYear() < 10 ? 1 : 2;
                if (width == expected) {
                    return new Period(year, f, Integer.parseInt(s, at + 1, n, 10));
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            BadValueException bad = new BadValueException(text, "is not an SDMX time period: "
                    + ErrorText.scrub(e.getMessage()));
            bad.initCause(e);
            throw bad;
        }
        throw new BadValueException(text, "is not an SDMX time period" + FORMS);
    }

    /**
     * Whether this is a whole year.
     *
     * @return {@code true} for {@link Frequency#ANNUAL}
     */
    public boolean isAnnual() {
        return frequency == Frequency.ANNUAL;
    }

    /**
     * The period within the year as the SDMX readers append it to indicator codes: empty for a
     * year, otherwise the frequency letter and the number padded to the width the frequency needs
     * ({@code Q1}, {@code S2}, {@code M05}, {@code W07}, {@code D032}).
     *
     * @return the suffix, empty for a year
     */
    public String suffix() {
        if (isAnnual()) {
            return "";
        }
        int width = frequency == Frequency.DAILY ? 3 : frequency.periodsPerYear() < 10 ? 1 : 2;
        String digits = Integer.toString(number);
        return frequency.letter() + "0".repeat(width - digits.length()) + digits;
    }

    /**
     * The SDMX reporting-period form: {@code 2023}, {@code 2023-Q1}, {@code 2023-M05}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return isAnnual() ? Integer.toString(year) : year + "-" + suffix();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }
}
