package org.divide.io;

/**
 * What a format's reader says about an input beyond the panels and the report of
 * {@link ReadResult}: how it was mapped, what it named. A format with something to say has its
 * own record (SDMX: {@link org.divide.io.sdmx.SdmxNotes}); the others give {@link #none()}.
 *
 * <pre>{@code
 * ReadResult r = SdmxCsvReader.withDefaults().read(Path.of("prices.csv"));
 * SdmxNotes sdmx = r.notes(SdmxNotes.class).orElseThrow();
 * }</pre>
 */
public interface FormatNotes {

    /**
     * The notes of a format that has none.
     *
     * @return the one empty instance
     */
    static FormatNotes none() {
        return NoNotes.INSTANCE;
    }
}

