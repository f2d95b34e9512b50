package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of IMF DataMapper JSON as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#IMF}, reading a stream named {@code imf.json}: see {@link FuzzReads}
 * for what is checked, and {@code ImfFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class ImfFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.IMF, data, "imf.json");
    }
}
