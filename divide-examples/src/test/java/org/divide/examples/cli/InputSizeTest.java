package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-input-size}: the guard against reading the wrong (huge) file, in the user's words. */
class InputSizeTest {

    @TempDir
    Path dir;

    @Test
    void sizesAreBytesOrBinaryUnits() {
        assertEquals(1, ByteSize.parse("1"));
        assertEquals(4L << 30, ByteSize.parse("4G"));
        assertEquals(4L << 30, ByteSize.parse(" 4gb "));
        assertEquals(512L << 20, ByteSize.parse("512MiB"));
        assertEquals(3L << 40, ByteSize.parse("3T"));
        assertEquals(2048, ByteSize.parse("2K"));
        for (String bad : new String[] {"0", "-1", "", "G", "1.5G", "12Q", "9999999999T"}) {
            assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(bad), bad);
        }
    }

    @Test
    void aFileOverTheLimitIsOneLineNamingTheOptionAndAHigherLimitReadsIt() {
        StringBuilder s = new StringBuilder("economy,year,value\n");
        for (String code : new String[] {"KEN", "UGA", "TZA", "RWA", "ETH", "NGA", "GHA", "SEN"}) {
            s.append(code).append(",2020,").append(code.charAt(0) - 'A' + 1).append('\n');
        }
        Path file = Cli.write(dir, "values.csv", s.toString());
        Cli over = Cli.run("inequality", "--data", file.toString(), "--max-input-size", "100");
        assertEquals(ExitCodes.BAD_INPUT, over.code(), over.toString());
        assertEquals(1, over.err().lines().count(), over.toString());
        assertTrue(over.err().contains("values.csv: an input of " + s.length() + " bytes, larger than 100 bytes"
                + " (raise it with --max-input-size)"), over.toString());
        Cli within = Cli.run("inequality", "--data", file.toString(), "--max-input-size", "1K", "--format", "csv");
        assertEquals(ExitCodes.OK, within.code(), within.toString());
        assertEquals(Cli.run("inequality", "--data", file.toString(), "--format", "csv").out(), within.out());
        Cli bad = Cli.run("inequality", "--data", file.toString(), "--max-input-size", "lots");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.toString());
        assertTrue(bad.err().contains("'lots' is not a size"), bad.toString());
    }
}
