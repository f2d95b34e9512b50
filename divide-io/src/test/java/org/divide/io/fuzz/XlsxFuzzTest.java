package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of xlsx workbooks as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#XLSX}, reading a stream named {@code panel.xlsx}: see {@link FuzzReads}
 * for what is checked, and {@code XlsxFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class XlsxFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.XLSX, data, "panel.xlsx");
    }
}
