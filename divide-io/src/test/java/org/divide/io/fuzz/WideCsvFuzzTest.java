package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of wide CSV with years across as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#WIDE}, reading a stream named {@code wide.csv}: see {@link FuzzReads}
 * for what is checked, and {@code WideCsvFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class WideCsvFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.WIDE, data, "wide.csv");
    }
}
