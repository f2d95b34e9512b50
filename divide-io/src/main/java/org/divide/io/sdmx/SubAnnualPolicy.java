package org.divide.io.sdmx;

/**
 * What the SDMX readers do with an observation whose period is shorter than a year (a quarter, a
 * month, a week, a day). A {@link org.divide.core.Panel} has calendar years only, so such periods
 * are never merged into their year silently.
 */
public enum SubAnnualPolicy {
    /**
     * Keep the observation under its year, in an indicator whose code is the series' indicator
     * code followed by {@code @} and the period within the year ({@link Period#suffix()}):
     * {@code CA.BAL@Q1}, {@code M.B.BRUT@M05}. Annual observations keep the plain code, so a
     * file that mixes frequencies yields distinct indicators (the default).
     */
    SUFFIX,
    /**
     * Treat the observation as a bad record: strict mode throws at the first one, naming it;
     * lenient mode skips it and lists it in {@link org.divide.io.ReadResult#skipped()}.
     */
    REJECT
}
