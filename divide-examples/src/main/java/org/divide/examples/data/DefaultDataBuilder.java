package org.divide.examples.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.divide.core.Economies;
import org.divide.core.Economy;

/**
 * Regenerates the AI files of the embedded default dataset from the raw shared data, so that the
 * bundled resources can be rebuilt and checked:
 *
 * <pre>
 * java -cp divide-examples/target/divide.jar org.divide.examples.data.DefaultDataBuilder \
 *     ../shared/data divide-examples/src/main/resources/org/divide/examples/data
 * </pre>
 *
 * <p>It writes three files in the World Bank long layout {@code Country Name,Country Code,Year,Value}
 * (names and codes from {@link Economies#worldBank()}):
 * <ul>
 *   <li>{@code ai_GENAI.USE.csv} — the share of the working-age population using generative AI,
 *       the second half of 2025 as year 2025 ({@code ai/microsoft_ai_diffusion_genai_use_pct.csv},
 *       column {@code h2_2025});</li>
 *   <li>{@code ai_GAIRI.csv} — the Oxford Insights Government AI Readiness Index 2023, 0–100
 *       ({@code ai/oxford_government_ai_readiness_2023.csv});</li>
 *   <li>{@code top500_RMAX.csv} — the sum of the Rmax (TFlop/s) of an economy's systems in the
 *       TOP500 list of November 2024 (year 2024) and June 2025 (year 2025), the per-country totals
 *       {@code top500/top500_*_by_country.csv}; countries are named and resolved through
 *       {@link Economies#require(String)}.</li>
 * </ul>
 * ISO alpha-3 codes are resolved through {@link Economies#byIso3(String)}; rows that do not resolve
 * to an economy of the registry are dropped and listed on standard error. The World Bank and Our
 * World in Data files are bundled unchanged and are not written here.
 */
public final class DefaultDataBuilder {

    private static final String HEADER = "Country Name,Country Code,Year,Value";

    private DefaultDataBuilder() {
    }

    /**
     * Writes the files.
     *
     * @param args the shared data folder (default {@code ../shared/data}) and the output folder
     *             (default {@code divide-examples/src/main/resources/org/divide/examples/data})
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path shared = Paths.get(args.length > 0 ? args[0] : "../shared/data");
        Path out = Paths.get(args.length > 1 ? args[1] : "divide-examples/src/main/resources/org/divide/examples/data");
        build(shared, out);
    }

    /**
     * Reads the raw files under {@code shared} and writes the derived files into {@code out}.
     *
     * @param shared the shared data folder
     * @param out    the output folder (created if missing)
     * @throws IOException if a file cannot be read or written
     */
    public static void build(Path shared, Path out) throws IOException {
        Files.createDirectories(out);
        Economies registry = Economies.worldBank();
        List<String> genai = new ArrayList<>();
        for (String[] row : read(shared.resolve("ai/microsoft_ai_diffusion_genai_use_pct.csv"))) {
            byIso3(registry, row[0]).ifPresent(e -> add(genai, e, 2025, row[2]));
        }
        write(out.resolve("ai_" + DefaultData.GENAI_USE + ".csv"), genai);
        List<String> readiness = new ArrayList<>();
        for (String[] row : read(shared.resolve("ai/oxford_government_ai_readiness_2023.csv"))) {
            byIso3(registry, row[0]).ifPresent(e -> add(readiness, e, 2023, row[1]));
        }
        write(out.resolve("ai_" + DefaultData.AI_READINESS + ".csv"), readiness);
        List<String> rmax = new ArrayList<>();
        for (String[] list : new String[][] {{"top500/top500_2024-11_by_country.csv", "2024"},
                {"top500/top500_2025-06_by_country.csv", "2025"}}) {
            for (String[] row : read(shared.resolve(list[0]))) {
                add(rmax, registry.require(row[0]), Integer.parseInt(list[1]), row[2]);
            }
        }
        write(out.resolve("top500_" + DefaultData.TOP500_RMAX + ".csv"), rmax);
    }

    private static java.util.Optional<Economy> byIso3(Economies registry, String iso3) {
        java.util.Optional<Economy> economy = registry.byIso3(iso3).or(() -> registry.byCode(iso3));
        if (economy.isEmpty()) {
            System.err.println("DefaultDataBuilder: no economy for ISO code " + iso3 + "; row dropped");
        }
        return economy;
    }

    private static void add(List<String> rows, Economy economy, int year, String value) {
        if (value.isBlank()) {
            return;
        }
        double parsed = Double.parseDouble(value.strip());
        String name = economy.name().contains(",") || economy.name().contains("\"")
                ? '"' + economy.name().replace("\"", "\"\"") + '"' : economy.name();
        rows.add(name + "," + economy.code() + "," + year + "," + format(parsed));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** The data rows of a simple CSV file without quoted fields (the header is skipped). */
    private static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }

    /** The last three fields of a row, {@code code,year,value}: the sort key (names may hold commas). */
    private static String codeAndYear(String row) {
        int value = row.lastIndexOf(',');
        int year = row.lastIndexOf(',', value - 1);
        return row.substring(row.lastIndexOf(',', year - 1) + 1);
    }

    private static void write(Path file, List<String> rows) throws IOException {
        rows.sort(Comparator.comparing(DefaultDataBuilder::codeAndYear));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(HEADER + "\n");
            for (String row : rows) {
                writer.write(row + "\n");
            }
        }
        System.err.println("DefaultDataBuilder: wrote " + rows.size() + " rows to " + file);
    }
}
