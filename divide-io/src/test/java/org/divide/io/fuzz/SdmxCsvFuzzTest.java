package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of SDMX-CSV 1.0 and 2.x as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#SDMX_CSV}, reading a stream named {@code sdmx.csv}: see {@link FuzzReads}
 * for what is checked, and {@code SdmxCsvFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class SdmxCsvFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.SDMX_CSV, data, "sdmx.csv");
    }
}
