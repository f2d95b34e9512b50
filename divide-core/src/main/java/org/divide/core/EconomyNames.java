package org.divide.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalisation of economy names for the {@link Economies} registry, so that spelling variants meet.
 *
 * <p>{@link #key(String)} decomposes accents and drops them ("Côte" → "cote"), lower-cases, drops
 * apostrophes ("d’Ivoire", "d'Ivoire" → "divoire"), reads {@code &} as "and", turns every other
 * character that is neither letter nor digit into a space, reads the token "st" as "saint", drops the
 * token "the" and collapses white space. Thus "Gambia, The", "The Gambia" and "gambia" share the key
 * {@code "gambia"}, and "St. Kitts and Nevis" and "Saint Kitts & Nevis" share one too.
 *
 * <p>{@link #find(String, Map)} looks a name up by its key, and {@link #suggestion(String, Map)}
 * lists the closest known names for an error message.
 */
final class EconomyNames {

    private EconomyNames() {
    }

    /**
     * The normalised form of a name.
     *
     * @param name the name, non-null
     * @return the key: lower-case letters and digits in tokens separated by single spaces; empty if
     *         the name holds no letter or digit
     */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´') {
                continue;
            }
            if (c == '&') {
                plain.append(" and ");
            } else if (Character.isLetterOrDigit(c)) {
                plain.append(Character.toLowerCase(c));
            } else {
                plain.append(' ');
            }
        }
        StringBuilder key = new StringBuilder(plain.length());
        for (String token : plain.toString().toLowerCase(Locale.ROOT).split(" ")) {
            if (token.isEmpty() || token.equals("the")) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(token.equals("st") ? "saint" : token);
        }
        return key.toString();
    }

    /**
     * The key without a trailing {@code " wb"} token, as in Our World in Data's "South Asia (WB)".
     *
     * @param key a key from {@link #key(String)}
     * @return the shorter key, or {@code null} if the key does not end in that token
     */
    static String withoutWorldBankSuffix(String key) {
        return key.endsWith(" wb") ? key.substring(0, key.length() - 3) : null;
    }

    /**
     * The Levenshtein distance between two strings (insertions, deletions and substitutions each
     * count one), for suggestions in error messages. Cost O(a·b) time, O(b) memory.
     *
     * @param a one string
     * @param b the other
     * @return the edit distance
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The keys closest to a key, for a "did you mean" hint: those within an edit distance of a
     * quarter of the key's length (at least 1, at most 3), or whose first token equals the key's.
     *
     * @param key        the key that matched nothing
     * @param candidates the known keys
     * @return the closest keys, best first, at most three
     */
    static List<String> closest(String key, Iterable<String> candidates) {
        int limit = Math.max(1, Math.min(3, key.length() / 4));
        String firstToken = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
        List<String> found = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (String candidate : candidates) {
            int d = distance(key, candidate);
            if (d > limit && !(firstToken.length() >= 4 && candidate.startsWith(firstToken + " "))) {
                continue;
            }
            int at = 0;
            while (at < distances.size() && distances.get(at) <= d) {
                at++;
            }
            found.add(at, candidate);
            distances.add(at, d);
        }
        return List.copyOf(found.subList(0, Math.min(3, found.size())));
    }

    /**
     * The entity of a name: the one whose key equals the name's key, else, for a key ending in the
     * token "wb" (Our World in Data's "South Asia (WB)"), the aggregate whose key is the rest.
     *
     * @param name  the name, non-null
     * @param byKey the entities by {@link #key(String)} of their names and aliases
     * @return the entity, or {@code null} if none matches
     */
    static Economy find(String name, Map<String, Economy> byKey) {
        String key = key(name);
        Economy e = byKey.get(key);
        if (e == null) {
            String shorter = withoutWorldBankSuffix(key);
            Economy region = shorter == null ? null : byKey.get(shorter);
            if (region != null && region.isAggregate()) {
                e = region;
            }
        }
        return e;
    }

    /**
     * The "did you mean" end of the message for a name that matched nothing: up to three entities
     * whose keys are {@link #closest(String, Iterable) closest}, as {@code 'name' (CODE)}.
     *
     * @param codeOrName the argument that matched nothing, non-null
     * @param byKey      the entities by {@link #key(String)} of their names and aliases
     * @return {@code "; did you mean 'A' (X) or 'B' (Y)?"}, or empty when the key is shorter than
     *         three characters or no name is close
     */
    static String suggestion(String codeOrName, Map<String, Economy> byKey) {
        String key = key(codeOrName);
        if (key.length() < 3) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        for (String close : closest(key, byKey.keySet())) {
            Economy e = byKey.get(close);
            names.add("'" + e.name() + "' (" + e.code() + ")");
        }
        return names.isEmpty() ? "" : "; did you mean " + String.join(" or ", names) + "?";
    }
}
