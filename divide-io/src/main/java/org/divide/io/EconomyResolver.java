package org.divide.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.divide.core.Economy;

/**
 * Turns an economy code or name, as written in an input, into an {@link Economy}. Readers call it
 * once per distinct key and list the keys it does not recognise in
 * {@link ReadResult#unmatched()}.
 *
 * <p>The default ({@link #worldBank()}) is the core registry of World Bank economies, which knows
 * ISO 3166-1 alpha-3, alpha-2 and numeric codes, World Bank aggregate codes, OWID codes, names and
 * common aliases.
 */
@FunctionalInterface
public interface EconomyResolver {

    /**
     * Looks an economy up.
     *
     * @param codeOrName the code or name, stripped of surrounding white space, non-empty
     * @return the economy, or empty when the key is not recognised
     */
    Optional<Economy> resolve(String codeOrName);

    /**
     * The core registry of World Bank economies, {@code Economies.worldBank().find(key)}: ISO
     * 3166-1 alpha-3, alpha-2 and numeric codes, World Bank aggregate codes, codes of former
     * economies, OWID codes, names and aliases.
     *
     * @return the resolver
     */
    static EconomyResolver worldBank() {
        return Resolvers.WORLD_BANK;
    }

    /**
     * A resolver that recognises nothing: with {@link UnmatchedPolicy#KEEP} every economy is kept
     * as written in the input (and listed as unmatched). For data whose units are not countries
     * (regions of a country, firms, households).
     *
     * @return the resolver
     */
    static EconomyResolver none() {
        return key -> Optional.empty();
    }

    /**
     * A resolver over a fixed set of economies, matching their codes and names without regard to
     * case.
     *
     * @param economies the economies; a later one with the same code or name wins
     * @return the resolver
     */
    static EconomyResolver of(Collection<Economy> economies) {
        Map<String, Economy> byKey = new HashMap<>();
        for (Economy e : economies) {
            byKey.put(e.code().toLowerCase(Locale.ROOT), e);
            byKey.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        return key -> Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
    }
}
