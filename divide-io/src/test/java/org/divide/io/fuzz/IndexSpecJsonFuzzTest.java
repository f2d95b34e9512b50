package org.divide.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.divide.core.spec.IndexSpec;
import org.divide.io.spec.IndexSpecJson;

/**
 * Fuzzes the index spec parser, {@link IndexSpecJson#read(java.io.Reader, String)}: the fuzzed
 * bytes, as UTF-8 text, give a spec or a {@link org.divide.io.MalformedDataException} (an
 * {@link IOException}), the only exception it documents; a spec it reads is written and read back
 * to the same spec, as its Javadoc promises ({@code read(write(spec))} equals {@code spec}). See
 * {@code IndexSpecJsonFuzzTestInputs/fuzz/README.md} for the seeds and {@code docs/fuzzing.md}.
 */
class IndexSpecJsonFuzzTest {

    /**
     * One input: read, and if it is a spec, written and read again.
     *
     * @param data the fuzzed bytes
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        IndexSpec spec;
        try {
            spec = IndexSpecJson.read(new StringReader(new String(data, StandardCharsets.UTF_8)), "spec.json");
        } catch (IOException documented) {
            return;
        }
        StringWriter written = new StringWriter();
        try {
            IndexSpecJson.write(spec, written);
            assertEquals(spec, IndexSpecJson.read(new StringReader(written.toString()), "written.json"),
                    () -> "read(write(spec)) differs from spec; written:\n" + written);
        } catch (IOException e) {
            throw new UncheckedIOException("a spec it read does not write and read back: " + written, e);
        }
    }
}
