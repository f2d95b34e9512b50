package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of COINr's iData table as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#COINR_IDATA}, reading a stream named {@code iData.csv}: see {@link FuzzReads}
 * for what is checked, and {@code CoinrIDataFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class CoinrIDataFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "1m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.COINR_IDATA, data, "iData.csv");
    }
}
