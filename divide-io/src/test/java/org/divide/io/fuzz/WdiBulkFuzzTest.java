package org.divide.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.divide.io.PanelFormat;

/**
 * Fuzzes the reader of the World Bank's bulk download CSV as {@link org.divide.io.PanelReader#reader} configures it for
 * {@link PanelFormat#WDI_BULK}, reading a stream named {@code API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv}: see {@link FuzzReads}
 * for what is checked, and {@code WdiBulkFuzzTestInputs/fuzz/README.md} for the seeds.
 */
class WdiBulkFuzzTest {

    /**
     * One input: read strictly and leniently.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "2m")
    void fuzz(byte[] data) {
        FuzzReads.read(PanelFormat.WDI_BULK, data, "API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv");
    }
}
