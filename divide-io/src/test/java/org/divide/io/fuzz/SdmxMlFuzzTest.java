package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of SDMX-ML 2.1 (generic and structure-specific) as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#SDMX_ML}, reading a stream named {@code sdmx.xml}: see {@link FuzzReads}
 * for what is checked, and {@code SdmxMlFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class SdmxMlFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.SDMX_ML, data, "sdmx.xml");
    }
}
