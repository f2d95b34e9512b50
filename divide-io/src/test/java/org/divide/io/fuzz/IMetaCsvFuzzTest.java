package org.divide.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.divide.core.spec.IndexSpec;
import org.divide.io.csv.CsvOptions;
import org.divide.io.spec.IMeta;
import org.divide.io.spec.IMetaCsv;

/**
 * Fuzzes COINr's iMeta table parser, {@link IMetaCsv#readMeta(java.io.Reader, String, CsvOptions)}:
 * the fuzzed bytes, as UTF-8 text, give a framework or a
 * {@link org.divide.io.MalformedDataException} (an {@link IOException}), the only exception it
 * documents; a framework it reads builds COINr's plain spec ({@link IMeta#plain()}, which
 * {@link IMetaCsv#readPlain} documents without other exceptions). See
 * {@code IMetaCsvFuzzTestInputs/fuzz/README.md} for the seeds and {@code docs/fuzzing.md}.
 */
class IMetaCsvFuzzTest {

    /**
     * One input: read, and if it is a framework, built into the plain spec.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        IMeta meta;
        try {
            meta = IMetaCsv.readMeta(new StringReader(new String(data, StandardCharsets.UTF_8)), "iMeta.csv",
                    CsvOptions.defaults());
        } catch (IOException documented) {
            return;
        }
        IndexSpec plain = meta.plain();
        assertEquals(meta.framework(), plain.framework());
    }
}
