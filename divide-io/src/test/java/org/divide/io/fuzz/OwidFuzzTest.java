package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of Our World in Data grapher CSV as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#OWID}, reading a stream named {@code owid.csv}: see {@link FuzzReads}
 * for what is checked, and {@code OwidFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class OwidFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "1m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.OWID, data, "owid.csv");
    }
}
