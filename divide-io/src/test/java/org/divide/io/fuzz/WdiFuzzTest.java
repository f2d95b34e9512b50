package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of World Bank WDI long CSV (the indicator from the name) as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#WDI}, reading a stream named {@code wdi_SP.POP.TOTL.csv}: see {@link FuzzReads}
 * for what is checked, and {@code WdiFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class WdiFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "1m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.WDI, data, "wdi_SP.POP.TOTL.csv");
    }
}
