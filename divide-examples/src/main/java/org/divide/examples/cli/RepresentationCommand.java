package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.divide.examples.data.LanguageAnalysis;
import org.divide.examples.data.LanguageData;
import org.divide.metrics.representation.SpeakerCounting;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code divide representation}: the representation divide, a corpus's languages against the people
 * who speak them (docs/representation.md).
 */
@Command(name = "representation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The representation divide: the languages of a corpus (by default the web, Common Crawl's"
                + " pages by primary language in three crawls) against the people who speak them (Unicode CLDR 47:"
                + " territory populations and the share speaking each language).",
            "Per crawl: dissimilarity ½Σ|web − speakers|, KL divergence, the Gini of the language Lorenz curve (pages"
                    + " against speakers), the share of speakers whose language holds less than --below of the"
                    + " pages; named and most under-represented languages; pages attributed to economies in"
                    + " proportion to speakers, per person by income group, with the Gini and Theil across economies"
                    + " split by income group and region; the change between crawls language by language.",
            "Every exclusion (pages of unknown language, codes without speakers, territories that are not"
                    + " economies) is noted on standard error."},
        footer = {"", "Examples:", "  divide representation", "  divide representation --crawl 2026-04 --top 20",
            "  divide representation --corpus my-model-tokens.csv --format json --out representation.json"})
final class RepresentationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Pages (or documents, tokens) per language in Common Crawl's shape: columns"
                    + " primary_language (or language) and pages, optionally crawl and urls; codes ISO 639-3 or"
                    + " CLDR. Default: the embedded Common Crawl statistics.")
    Path corpus;

    @Option(names = "--crawl", paramLabel = "NAME", split = ",",
            description = "The crawls (corpora) to compare, in order, by name or its end (2024-42); default all.")
    List<String> crawls;

    @Option(names = "--territories", paramLabel = "FILE",
            description = "CLDR's territoryInfo.json (default: the embedded CLDR 47).")
    Path territories;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "CLDR's aliases.json (default: the embedded CLDR 47).")
    Path aliases;

    @Option(names = "--counting", paramLabel = "all|once", defaultValue = "all", converter = Counting.class,
            description = "all: every speaker of a language counts for it, first or second language (default);"
                    + " once: every person counts once, multilingual territories scaled to 100%% (CLDR has no"
                    + " first-language counts).")
    SpeakerCounting counting;

    @Option(names = "--absent", paramLabel = "exclude|zero", defaultValue = "exclude",
            description = "CLDR languages the corpus does not have: exclude them from the comparison, with a note"
                    + " (default: a detector that cannot see a language says nothing of it); or zero: compare them"
                    + " with 0 pages (for a corpus such as a model's training data, where absence is the finding).")
    String absent;

    @Option(names = "--language", paramLabel = "CODE", split = ",", defaultValue = "en,hi,sw",
            description = "CLDR codes of the languages to list in every crawl (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many under-represented languages, and languages driving the change, to list"
                    + " (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--below", paramLabel = "PCT", defaultValue = "1",
            description = "The share of the pages, in %%, below which a language counts as nearly absent"
                    + " (default: ${DEFAULT-VALUE}).")
    double below;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1: " + top);
        }
        if (!(below >= 0 && below <= 100)) {
            throw new ParameterException(spec.commandLine(), "--below must be a percentage in [0, 100]: " + below);
        }
        boolean zero = switch (absent.strip().toLowerCase(Locale.ROOT)) {
            case "exclude" -> false;
            case "zero" -> true;
            default -> throw new ParameterException(spec.commandLine(), "unknown --absent '" + absent + "'; use exclude"
                    + " or zero");
        };
        LanguageData data = LanguageData.read(corpus, territories, aliases);
        LanguageAnalysis analysis = LanguageAnalysis.of(data, crawls == null ? List.of() : crawls, counting,
                zero);
        PrintWriter err = spec.commandLine().getErr();
        for (String note : analysis.notes()) {
            err.println("divide: " + note);
        }
        err.println("divide: sources: " + (corpus == null ? LanguageData.ATTRIBUTION : data.corpusSource()
                + "; " + LanguageData.ATTRIBUTION.substring(LanguageData.ATTRIBUTION.indexOf("Unicode"))));
        err.flush();
        List<Table> tables = RepresentationTables.all(analysis, languages, top, below / 100);
        if (format.out != null) {
            Output.write(tables, format.out);
        } else {
            Output.print(tables, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Converts {@code all|once}. */
    static final class Counting implements ITypeConverter<SpeakerCounting> {
        @Override
        public SpeakerCounting convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "all" -> SpeakerCounting.ALL_SPEAKERS;
                case "once" -> SpeakerCounting.ONCE_PER_PERSON;
                default -> throw new TypeConversionException("unknown --counting '" + value + "'; use all or once");
            };
        }
    }
}
