package org.divide.io.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.io.BadValueException;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.internal.Limits;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;

/**
 * Reads pages per language in the shape of Common Crawl's language statistics
 * ({@code cc-crawl-statistics}, {@code plots/languages.csv}):
 *
 * <pre>
 * crawl,primary_language,pages,urls,%pages/crawl
 * CC-MAIN-2024-42,eng,1234567,1200000,44.9
 * </pre>
 *
 * <p>Columns are found by name, case ignored: {@code primary_language} (or {@code language}) and
 * {@code pages} are required; {@code crawl} is optional (without it the file is one corpus named
 * after the file); {@code urls} is optional; other columns (the published percentage) are ignored.
 * Pages need not be whole: any finite amount {@code >= 0} (documents, tokens) is accepted. The code
 * {@code <unknown>} (Common Crawl's pages whose language was not detected) is kept apart as
 * {@link CorpusCounts#unknownPages()}. Corpora come out in the order of their first row.
 *
 * <p>Errors ({@link MalformedDataException}, in the grammar of {@code docs/errors.md}): a missing
 * column; a row with the wrong number of fields; a blank code; pages that are not a number, missing,
 * negative; a language repeated within one corpus (naming the line of its first row); no data rows.
 */
public final class CorpusCountsReader {

    private static final String[] LANGUAGE_COLUMNS = {"primary_language", "language"};

    private CorpusCountsReader() {
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param path the file
     * @return the corpora in the order of their first row
     * @throws MalformedDataException on bad content, naming the line, column and value
     * @throws IOException            if the file cannot be read
     */
    public static List<CorpusCounts> read(Path path) throws IOException {
        Limits.checkSize(path, ReadLimits.defaults());
        try (Reader reader = Sources.open(path, StandardCharsets.UTF_8)) {
            return read(reader, Sources.name(path));
        }
    }

    /**
     * Reads from a reader (closed when done).
     *
     * @param reader the text
     * @param source the name used in messages (the file name)
     * @return the corpora in the order of their first row
     * @throws MalformedDataException on bad content, naming the line, column and value
     * @throws IOException            if reading fails
     */
    public static List<CorpusCounts> read(Reader reader, String source) throws IOException {
        try (CsvTable table = CsvTable.open(reader, source, CsvOptions.defaults())) {
            int crawl = table.findColumn("crawl");
            int code = languageColumn(table);
            int pages = table.column("pages");
            int urls = table.findColumn("urls");
            Map<String, Builder> corpora = new LinkedHashMap<>();
            for (CsvRow row; (row = table.next()) != null; ) {
                String width = table.widthProblem(row);
                if (width != null) {
                    throw new MalformedDataException(row.at(), width);
                }
                String name = crawl < 0 ? stem(source) : row.get(crawl).strip();
                if (name.isEmpty()) {
                    throw new MalformedDataException(row.at(crawl), "", "is not a corpus name (the crawl is blank)",
                            null);
                }
                String language = row.get(code).strip();
                if (language.isEmpty()) {
                    throw new MalformedDataException(row.at(code), "", "is not a language code (blank)", null);
                }
                double p = amount(row, pages, true);
                double u = urls < 0 ? Double.NaN : amount(row, urls, false);
                corpora.computeIfAbsent(name, Builder::new).add(language, p, u, row, code);
            }
            if (corpora.isEmpty()) {
                throw new MalformedDataException(Location.line(source, table.headerLine()),
                        "no data rows after the header");
            }
            List<CorpusCounts> out = new ArrayList<>(corpora.size());
            corpora.values().forEach(b -> out.add(b.build()));
            return out;
        }
    }

    private static int languageColumn(CsvTable table) throws MalformedDataException {
        for (String name : LANGUAGE_COLUMNS) {
            int i = table.findColumn(name);
            if (i >= 0) {
                return i;
            }
        }
        return table.column(LANGUAGE_COLUMNS[0]);
    }

    private static double amount(CsvRow row, int column, boolean required) throws MalformedDataException {
        String text = row.get(column);
        double v;
        try {
            v = Values.number(text, ReadOptions.defaults());
        } catch (BadValueException e) {
            throw MalformedDataException.of(row.at(column), e);
        }
        if (Double.isNaN(v)) {
            if (required) {
                throw new MalformedDataException(row.at(column), text, "is missing: every language needs its pages",
                        null);
            }
            return v;
        }
        if (v < 0) {
            throw new MalformedDataException(row.at(column), text, "is negative", null);
        }
        return v;
    }

    private static String stem(String source) {
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }

    /** The rows of one corpus. */
    private static final class Builder {
        private final String name;
        private final List<LanguageCount> languages = new ArrayList<>();
        private final Map<String, Long> lines = new HashMap<>();
        private double unknownPages;
        private double unknownUrls = Double.NaN;
        private boolean unknownSeen;

        Builder(String name) {
            this.name = name;
        }

        void add(String code, double pages, double urls, CsvRow row, int column) throws MalformedDataException {
            String key = code.toLowerCase(Locale.ROOT);
            Long first = lines.putIfAbsent(key, row.line());
            if (first != null) {
                throw new MalformedDataException(row.at(column), code, "is repeated in " + name + " (first on line "
                        + first + ")", null);
            }
            if (code.equalsIgnoreCase(CorpusCounts.UNKNOWN)) {
                unknownSeen = true;
                unknownPages = pages;
                unknownUrls = urls;
            } else {
                languages.add(new LanguageCount(code, pages, urls, row.line()));
            }
        }

        CorpusCounts build() {
            return new CorpusCounts(name, languages, unknownSeen ? unknownPages : 0, unknownUrls);
        }
    }
}
