package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of SDMX-JSON 1.0 and 2.x as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#SDMX_JSON}, reading a stream named {@code sdmx.json}: see {@link FuzzReads}
 * for what is checked, and {@code SdmxJsonFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class SdmxJsonFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.SDMX_JSON, data, "sdmx.json");
    }
}
