package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of wide CSV with indicators across as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#WIDE_INDICATORS}, reading a stream named {@code wide-indicators.csv}: see {@link FuzzReads}
 * for what is checked, and {@code WideIndicatorsCsvFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class WideIndicatorsCsvFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "1m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.WIDE_INDICATORS, data, "wide-indicators.csv");
    }
}
