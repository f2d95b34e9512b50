package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of long CSV ({@code economy,indicator,year,value}) as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#LONG}, reading a stream named {@code long.csv}: see {@link FuzzReads}
 * for what is checked, and {@code LongCsvFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class LongCsvFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.LONG, data, "long.csv");
    }
}
