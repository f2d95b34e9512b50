package org.divide.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.divide.core.Panel;
import org.divide.io.FormatReader;
import org.divide.io.PanelFormat;
import org.divide.io.PanelReader;
import org.divide.io.ReadResult;

/**
 * What every reader fuzz test checks of one input: read strictly and leniently, it gives a
 * well-formed {@link ReadResult} or throws an {@link IOException} (a
 * {@link org.divide.io.MalformedDataException} for malformed input), the only exception
 * {@link FormatReader#read(java.io.InputStream, String)} documents. Any other exception leaves the
 * fuzz test and is a finding; so are a hang (the timeout of the {@code fuzz} profile) and an
 * {@link OutOfMemoryError} (its heap limit). See {@code docs/fuzzing.md}.
 */
final class FuzzReads {

    private FuzzReads() {
    }

    /**
     * Reads the bytes with the reader {@link PanelReader} configures for the format.
     *
     * @param format the format
     * @param data   the fuzzed bytes
     * @param source the name the reader is given (some readers take the indicator from it)
     */
    static void read(PanelFormat format, byte[] data, String source) {
        read(PanelReader.withDefaults().reader(format), data, source);
    }

    /**
     * Reads the bytes with a reader, strictly and leniently.
     *
     * @param reader the reader
     * @param data   the fuzzed bytes
     * @param source the name the reader is given
     */
    static void read(FormatReader<?> reader, byte[] data, String source) {
        for (boolean lenient : new boolean[] {false, true}) {
            ReadResult result;
            try {
                result = reader.withLenient(lenient).read(new ByteArrayInputStream(data), source);
            } catch (IOException documented) {
                assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank(),
                        () -> "an IOException without a message: " + documented);
                continue;
            }
            assertTrue(result.source().startsWith(source), () -> "source " + result.source());
            wellFormed(result.panel());
            wellFormed(result.aggregates());
            if (!lenient) {
                assertTrue(result.skipped().isEmpty(), "records skipped in strict mode");
            }
        }
    }

    /** The years of a panel lie in its documented range, and it holds no more values than cells. */
    private static void wellFormed(Panel panel) {
        for (int year : panel.years()) {
            assertTrue(year >= Panel.MIN_YEAR && year <= Panel.MAX_YEAR, () -> "year " + year);
        }
        long cells = (long) panel.economyCount() * panel.indicatorCount() * panel.yearCount();
        assertTrue(panel.valueCount() <= cells, () -> panel.valueCount() + " values in " + cells + " cells");
    }
}
