package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of World Bank API v2 JSON as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#WORLDBANK_API}, reading a stream named {@code worldbank.json}: see {@link FuzzReads}
 * for what is checked, and {@code WorldBankApiFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class WorldBankApiFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.WORLDBANK_API, data, "worldbank.json");
    }
}
