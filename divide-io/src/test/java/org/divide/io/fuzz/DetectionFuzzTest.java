package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelReader;

/**
 * Fuzzes {@link PanelReader} with detection: the format is told from the first bytes of a stream
 * named {@code input} (no extension to go by), then that format's reader reads it. See
 * {@link FuzzReads} for what is checked, and {@code DetectionFuzzTestInputs/fuzz/README.md} for the
 * seeds (one file of each format).
 */
class DetectionFuzzTest {

    /**
     * One input: detected, then read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelReader.withDefaults().withDetection(), data, "input");
    }
}
