package org.divide.io;

import java.util.Optional;

/** Holder of the shared resolver instances. */
final class Resolvers {

    /** The core registry of World Bank economies. */
    static final EconomyResolver WORLD_BANK = key -> Optional.empty();

    private Resolvers() {
    }
}
