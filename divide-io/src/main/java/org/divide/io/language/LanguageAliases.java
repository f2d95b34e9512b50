package org.divide.io.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Sources;
import org.divide.io.json.JsonInput;

/**
 * CLDR's language code aliases ({@code supplemental/aliases.json},
 * {@code /supplemental/metadata/alias/languageAlias}): each entry maps a code to its replacement
 * with a reason. The entries whose reason is {@code overlong} (a three-letter code with a two-letter
 * equivalent: {@code eng → en}), {@code bibliographic} ({@code fre → fr}) or {@code macrolanguage}
 * ({@code zho → zh}, {@code cmn → zh}) are <em>applied</em>: they rename a code without changing
 * what it means. The others ({@code deprecated}, {@code legacy}) are not applied: such codes are used
 * as they are, and {@link #ignoredReason(String)} says why.
 *
 * <p>Errors ({@link MalformedDataException}): a missing {@code languageAlias} object, an entry
 * without a textual {@code _replacement} or {@code _reason}, located by JSON pointer.
 */
public final class LanguageAliases {

    /** The reasons of the entries that are applied. */
    public static final Set<String> APPLIED = Set.of("overlong", "bibliographic", "macrolanguage");

    private static final String ROOT = "/supplemental/metadata/alias/languageAlias";

    private final Map<String, String> applied;
    private final Map<String, String> ignored;

    private LanguageAliases(Map<String, String> applied, Map<String, String> ignored) {
        this.applied = applied;
        this.ignored = ignored;
    }

    /**
     * No aliases: every code is used as it is.
     *
     * @return the empty mapping
     */
    public static LanguageAliases none() {
        return new LanguageAliases(Map.of(), Map.of());
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param path the file
     * @return the aliases
     * @throws MalformedDataException on malformed JSON or bad content
     * @throws IOException            if the file cannot be read
     */
    public static LanguageAliases read(Path path) throws IOException {
        return read(JsonInput.parse(path), Sources.name(path));
    }

    /**
     * Reads from a reader (not closed).
     *
     * @param reader the text
     * @param source the name used in messages
     * @return the aliases
     * @throws MalformedDataException on malformed JSON or bad content
     * @throws IOException            if reading fails
     */
    public static LanguageAliases read(Reader reader, String source) throws IOException {
        return read(JsonInput.parse(reader, source), source);
    }

    private static LanguageAliases read(JsonNode root, String source) throws MalformedDataException {
        JsonNode aliases = root.at(ROOT);
        if (!aliases.isObject()) {
            throw new MalformedDataException(JsonInput.at(source, ROOT), "no languageAlias object (is this CLDR's"
                    + " supplemental/aliases.json?)");
        }
        Map<String, String> applied = new LinkedHashMap<>();
        Map<String, String> ignored = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : aliases.properties()) {
            String at = JsonInput.child(ROOT, e.getKey());
            String replacement = text(e.getValue(), "_replacement", source, at);
            String reason = text(e.getValue(), "_reason", source, at);
            if (APPLIED.contains(reason)) {
                applied.put(e.getKey(), replacement);
            } else {
                ignored.put(e.getKey(), reason + " (CLDR's replacement: " + replacement + ")");
            }
        }
        return new LanguageAliases(Map.copyOf(applied), Map.copyOf(ignored));
    }

    private static String text(JsonNode entry, String member, String source, String at)
            throws MalformedDataException {
        JsonNode value = entry.get(member);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new MalformedDataException(JsonInput.at(source, JsonInput.child(at, member)),
                    value == null ? "missing" : JsonInput.describe(value) + " is not a code or reason");
        }
        return value.textValue().strip();
    }

    /**
     * The applied replacement of a code.
     *
     * @param code the code, such as {@code eng}
     * @return the replacement ({@code en}), or empty when no applied alias names the code
     */
    public Optional<String> replacement(String code) {
        return Optional.ofNullable(applied.get(code));
    }

    /**
     * Why an alias that names the code is not applied.
     *
     * @param code the code
     * @return the reason and CLDR's replacement, such as {@code "deprecated (CLDR's replacement: ssy)"},
     *         or empty
     */
    public Optional<String> ignoredReason(String code) {
        return Optional.ofNullable(ignored.get(code));
    }

    /**
     * The number of applied aliases.
     *
     * @return the count
     */
    public int size() {
        return applied.size();
    }
}
