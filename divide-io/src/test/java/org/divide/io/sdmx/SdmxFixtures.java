package org.divide.io.sdmx;

import java.nio.file.Path;
import org.divide.io.EconomyResolver;
import org.divide.io.Fixtures;
import org.divide.io.ReadOptions;

/** The SDMX test files (copied from the project's shared data; see the README beside them). */
final class SdmxFixtures {

    /** Strict options that resolve nothing: every economy is kept as written and listed. */
    static final ReadOptions NONE = ReadOptions.defaults().withResolver(EconomyResolver.none());

    private SdmxFixtures() {
    }

    static Path file(String name) {
        return Fixtures.resource("sdmx/" + name);
    }
}
