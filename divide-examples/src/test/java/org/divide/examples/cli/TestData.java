package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the shared fixtures of divide-testdata into a test's directory (a test helper). */
final class TestData {

    private TestData() {
    }

    /**
     * Copies a fixture of divide-testdata.
     *
     * @param dir      the directory
     * @param resource the path under {@code org/divide/testdata/}, such as {@code asem/ASEM_iMeta.csv}
     * @return the copy, named as the fixture
     */
    static Path copy(Path dir, String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/org/divide/testdata/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource);
            }
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
