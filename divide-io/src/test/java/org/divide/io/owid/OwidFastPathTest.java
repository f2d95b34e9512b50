package org.divide.io.owid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.EconomyResolver;
import org.divide.io.Fixtures;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OWID reader's files and streams go through the fast path of wide CSV and give what the
 * reader gives from characters (the general path): the real exports with and without their
 * metadata, OWID's aggregates without a code, and the files the fast path declines.
 */
class OwidFastPathTest {

    private static final ReadOptions NONE = ReadOptions.defaults().withResolver(EconomyResolver.none());

    @ParameterizedTest
    @ValueSource(strings = {"owid/share-of-population-that-cannot-afford-a-healthy-diet.csv",
        "owid/owid_IT.NET.USER.ZS_share_internet.csv"})
    void realExportsGiveTheGeneralPathsResult(String name) throws IOException {
        Path path = Fixtures.resource(name);
        OwidCsvReader described = OwidCsvReader.metadataOf(path).isPresent()
                ? OwidCsvReader.withDefaults().withMetadata(OwidCsvReader.metadataOf(path).get())
                : OwidCsvReader.withDefaults().withoutMetadata();
        ReadResult general;
        try (Reader text = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            general = described.read(text, path.getFileName().toString());
        }
        assertTrue(general.panel().valueCount() > 100, name);
        assertEquals(general, OwidCsvReader.withDefaults().read(path));
        assertEquals(general, described.read(new ByteArrayInputStream(Files.readAllBytes(path)),
                path.getFileName().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Entity,Code,Year,A,B\nMars,MRS,2020,1,2\nSolar system,,2020,3,\nGalaxy,OWID_GAL,2020,4,5\n"
            + "Solar system,,2021,,6\n\" Mars \",\"MRS \",2021,7,\n",
        "Entity,Code,Year,A\nKenya,KEN,2022,1\nKenya,KEN,2023,\"77,6\"\n",
        "Entity,Code,Year,A\nKenya,KEN,-10000,1\n",
        "Entity,Code,Day,A\nKenya,KEN,2020-01-01,1\n",
        "Entity,Code,Year,A\n,,2020,1\n",
        "Entity,Code,Year,A\nKenya,KEN,2022,1\nKenya,KEN,2022,2\n",
        "Entity,Code,Year\nKenya,KEN,2022\n",
    })
    void streamsGiveTheGeneralPathsResultOrMessage(String text) {
        for (ReadOptions options : new ReadOptions[] {NONE, NONE.withLenient(true), ReadOptions.defaults()}) {
            OwidCsvReader reader = OwidCsvReader.withDefaults().withoutMetadata().withOptions(options);
            assertEquals(outcome(() -> reader.read(new StringReader(text), "o.csv")),
                    outcome(() -> reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            "o.csv")), text);
        }
    }

    /** A read that may fail. */
    private interface Read {
        ReadResult get() throws IOException;
    }

    private static Object outcome(Read read) {
        try {
            return read.get();
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
