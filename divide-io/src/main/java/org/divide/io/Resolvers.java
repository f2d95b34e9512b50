package org.divide.io;

import org.divide.core.Economies;

/** Holder of the shared resolver instances. */
final class Resolvers {

    /** The core registry of World Bank economies; loaded on first use. */
    static final EconomyResolver WORLD_BANK = key -> Economies.worldBank().find(key);

    private Resolvers() {
    }
}
