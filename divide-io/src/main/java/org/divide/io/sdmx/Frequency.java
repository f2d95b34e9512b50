package org.divide.io.sdmx;

/**
 * The frequency of an SDMX time period, as its format shows it (SDMX 2.1 standard time periods
 * and reporting periods). Each has the letter SDMX uses for it in reporting periods
 * ({@code 2023-Q1}, {@code 2023-M05}) and the largest period number a year holds.
 */
public enum Frequency {
    /** A calendar or reporting year: {@code 2023}, {@code 2023-A1}. */
    ANNUAL('A', 1),
    /** A half year: {@code 2023-S1}, {@code 2023-S2}. */
    SEMIANNUAL('S', 2),
    /** A third of a year: {@code 2023-T1} to {@code 2023-T3}. */
    TRIMESTER('T', 3),
    /** A quarter: {@code 2023-Q1} to {@code 2023-Q4}. */
    QUARTERLY('Q', 4),
    /** A month: {@code 2023-05} or {@code 2023-M05}. */
    MONTHLY('M', 12),
    /** A week: {@code 2023-W07} (1 to 53). */
    WEEKLY('W', 53),
    /** A day: {@code 2023-02-01} or {@code 2023-D032} (day of the year, 1 to 366). */
    DAILY('D', 366);

    private final char letter;
    private final int periods;

    Frequency(char letter, int periods) {
        this.letter = letter;
        this.periods = periods;
    }

    /**
     * The letter SDMX uses for this frequency in reporting periods and in the {@code FREQ}
     * code list.
     *
     * @return {@code A}, {@code S}, {@code T}, {@code Q}, {@code M}, {@code W} or {@code D}
     */
    public char letter() {
        return letter;
    }

    /**
     * The largest period number of this frequency in a year.
     *
     * @return 1 for annual, 4 for quarterly, 12 for monthly, ...
     */
    public int periodsPerYear() {
        return periods;
    }

    /**
     * The frequency with a letter.
     *
     * @param letter the letter, upper case
     * @return the frequency
     * @throws IllegalArgumentException if no frequency has that letter
     */
    static Frequency ofLetter(char letter) {
        for (Frequency f : values()) {
            if (f.letter == letter) {
                return f;
            }
        }
        throw new IllegalArgumentException("no SDMX frequency '" + letter + "'");
    }
}
