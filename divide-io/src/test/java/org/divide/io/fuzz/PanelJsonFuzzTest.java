package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of divide's panel JSON as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#JSON}, reading a stream named {@code panel.json}: see {@link FuzzReads}
 * for what is checked, and {@code PanelJsonFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class PanelJsonFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.JSON, data, "panel.json");
    }
}
