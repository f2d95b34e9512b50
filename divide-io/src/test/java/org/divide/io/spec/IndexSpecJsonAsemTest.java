package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Treat;
import org.divide.io.Fixtures;
import org.divide.io.json.JsonInput;
import org.junit.jupiter.api.Test;

/**
 * The ASEM fixture ({@code asem.json}, from COINr 1.1.14's {@code ASEM_iMeta}) loads and equals the
 * spec built in code from {@code ASEM_iMeta.csv}.
 */
class IndexSpecJsonAsemTest {

    static Path resource(String name) {
        try {
            return Path.of(IndexSpecJsonAsemTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ASEM spec built from the iMeta table: Indicator and Aggregate rows, the COINr example pipeline. */
    static IndexSpec asem() throws IOException {
        Framework.Builder b = Framework.builder();
        Map<String, String> denominators = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(Fixtures.testdata("asem/ASEM_iMeta.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String type = row.get("Type");
                if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                    continue;
                }
                String parent = row.get("Parent").isEmpty() ? null : row.get("Parent");
                b.add(new Framework.Node(row.get("iCode"), row.get("iName"), parent,
                        Integer.parseInt(row.get("Level")), Double.parseDouble(row.get("Weight")),
                        Direction.ofSign(Integer.parseInt(row.get("Direction"))), type.equals("Indicator")));
                if (!row.get("Denominator").isEmpty()) {
                    denominators.put(row.get("iCode"), row.get("Denominator"));
                }
            }
        }
        return IndexSpec.of(b.build(), Denominate.by(denominators),
                Impute.of(ImputeMethod.groupMean("EurAsia_group")), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic());
    }

    @Test
    void loadsAndEqualsTheSpecBuiltInCode() throws IOException {
        IndexSpec read = IndexSpecJson.read(resource("asem.json"));
        IndexSpec built = asem();
        assertEquals(built, read);
        assertEquals(49, read.framework().leaves().size());
        assertEquals(4, read.framework().levels());
        assertEquals(17, read.step(Denominate.class).orElseThrow().denominators().size());
    }

    @Test
    void writingItGivesTheSameDocument() throws IOException {
        StringWriter w = new StringWriter();
        IndexSpecJson.write(asem(), w);
        assertEquals(JsonInput.parse(resource("asem.json")),
                JsonInput.parse(new StringReader(w.toString()), "written"));
    }
}
