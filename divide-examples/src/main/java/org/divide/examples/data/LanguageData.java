package org.divide.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.divide.io.language.CorpusCounts;
import org.divide.io.language.CorpusCountsReader;
import org.divide.io.language.LanguageAliases;
import org.divide.io.language.TerritoryInfo;
import org.divide.io.language.TerritoryInfoReader;

/**
 * The data of the representation divide (resources under
 * {@code org/divide/examples/data/language/}, provenance in the README there): Common Crawl's pages
 * per primary language for three crawls, and Unicode CLDR 47's territory populations and language
 * aliases. Each file can be replaced by the user's own.
 */
public final class LanguageData {

    /** The attribution every output of these data carries. */
    public static final String ATTRIBUTION = "Common Crawl, cc-crawl-statistics (pages by primary language);"
            + " Unicode CLDR 47 (territory populations and language shares, code aliases; Unicode License v3)";
    /** The embedded crawl statistics. */
    public static final String CRAWLS = "commoncrawl_languages_selected_crawls.csv";
    /** The embedded CLDR territory information. */
    public static final String TERRITORIES = "cldr_territoryInfo.json";
    /** The embedded CLDR aliases. */
    public static final String ALIASES = "cldr_aliases.json";

    private static final String RESOURCES = "/org/divide/examples/data/language/";

    private final List<CorpusCounts> corpora;
    private final TerritoryInfo territories;
    private final LanguageAliases aliases;
    private final String corpusSource;

    private LanguageData(List<CorpusCounts> corpora, TerritoryInfo territories, LanguageAliases aliases,
            String corpusSource) {
        this.corpora = List.copyOf(corpora);
        this.territories = territories;
        this.aliases = aliases;
        this.corpusSource = corpusSource;
    }

    /** @return the corpora (crawls), in file order */
    public List<CorpusCounts> corpora() {
        return corpora;
    }

    /** @return the territories and the languages spoken there */
    public TerritoryInfo territories() {
        return territories;
    }

    /** @return the name of the corpus file, for messages */
    public String corpusSource() {
        return corpusSource;
    }

    /** @return the language code aliases (immutable; for {@link LanguageAnalysis}) */
    LanguageAliases aliases() {
        return aliases;
    }

    /**
     * Reads the data, each file the user's or else the embedded one.
     *
     * @param corpus      the corpus statistics, or {@code null} for Common Crawl's three crawls
     * @param territories CLDR's territoryInfo.json, or {@code null} for the embedded CLDR 47
     * @param aliases     CLDR's aliases.json, or {@code null} for the embedded CLDR 47
     * @return the data
     * @throws IOException if a file cannot be read or is malformed (naming the file, line or pointer)
     */
    public static LanguageData read(Path corpus, Path territories, Path aliases) throws IOException {
        List<CorpusCounts> c;
        if (corpus == null) {
            try (Reader r = open(CRAWLS)) {
                c = CorpusCountsReader.read(r, CRAWLS);
            }
        } else {
            c = CorpusCountsReader.read(corpus);
        }
        TerritoryInfo t;
        if (territories == null) {
            try (Reader r = open(TERRITORIES)) {
                t = TerritoryInfoReader.read(r, TERRITORIES);
            }
        } else {
            t = TerritoryInfoReader.read(territories);
        }
        LanguageAliases a;
        if (aliases == null) {
            try (Reader r = open(ALIASES)) {
                a = LanguageAliases.read(r, ALIASES);
            }
        } else {
            a = LanguageAliases.read(aliases);
        }
        return new LanguageData(c, t, a, corpus == null ? CRAWLS : String.valueOf(corpus.getFileName()));
    }

    /**
     * Reads the embedded data.
     *
     * @return the data
     * @throws IOException if a bundled file is missing
     */
    public static LanguageData embedded() throws IOException {
        return read(null, null, null);
    }

    private static Reader open(String file) throws IOException {
        InputStream in = LanguageData.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new IOException("bundled data file missing: " + RESOURCES + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
