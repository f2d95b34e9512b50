package org.divide.core.spec;

/** What {@link Screen} checks (COINr's required {@code unit_screen}). */
public enum ScreenRule {
    /** Data availability only: keep an economy if {@code 1 − nMissing/nIndicators ≥ threshold}. */
    BY_MISSING,
    /** Non-zero share only: keep an economy if {@code 1 − nZero/nPresent ≥ threshold}. */
    BY_ZEROS,
    /** Both: keep an economy only if it passes both checks. */
    BY_MISSING_AND_ZEROS
}
