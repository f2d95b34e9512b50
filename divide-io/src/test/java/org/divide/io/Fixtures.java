package org.divide.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/** Test fixtures: resource files and small panels. */
public final class Fixtures {

    /** The shared fixtures copied so far, by name. */
    private static final Map<String, Path> TESTDATA = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /**
     * A shared fixture of divide-testdata, {@code /org/divide/testdata/<name>}, as a file: copied once
     * from the class path into a temporary folder under its own file name (the readers take the indicator
     * from it), so that it reads the same whether divide-testdata is a folder or a jar.
     *
     * @param name the relative name, such as {@code wdi/wdi_SP.POP.TOTL.csv}
     * @return its path, deleted when the JVM exits
     */
    public static Path testdata(String name) {
        return TESTDATA.computeIfAbsent(name, Fixtures::copyTestdata);
    }

    private static Path copyTestdata(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/divide/testdata/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no divide-testdata resource " + name);
            }
            Path dir = Files.createTempDirectory("divide-testdata");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A test resource under {@code org/divide/io/}.
     *
     * @param name the relative name, such as {@code wdi/wdi_SP.POP.TOTL.csv}
     * @return its path
     */
    public static Path resource(String name) {
        URL url = Fixtures.class.getResource("/org/divide/io/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Strict options resolving exactly the economies of {@link #panel()}. */
    public static ReadOptions options() {
        return ReadOptions.defaults().withResolver(EconomyResolver.of(panel().economies()));
    }

    /**
     * A small panel with awkward content: a name with the delimiter and a quote, a missing cell,
     * negative, tiny and large values.
     *
     * @return the panel
     */
    public static Panel panel() {
        Economy ken = Economy.of("KEN", "Kenya");
        Economy cod = Economy.of("COD", "Congo, Dem. \"Rep.\"");
        Economy nor = Economy.of("NOR", "Norway");
        Indicator pop = Indicator.of("SP.POP.TOTL");
        Indicator gap = Indicator.of("GAP");
        Panel.Builder b = Panel.builder();
        for (Economy e : List.of(ken, cod, nor)) {
            b.addEconomy(e);
        }
        b.addIndicator(pop).addIndicator(gap);
        b.put(ken, pop, 2020, 52217334).put(ken, pop, 2021, 53219166).put(cod, pop, 2020, 92853164)
                .put(nor, pop, 2021, 5408320).put(ken, gap, 2020, -0.125).put(cod, gap, 2021, 1.0 / 3)
                .put(nor, gap, 2020, 1e-9).put(nor, gap, 2021, Double.NaN);
        return b.build();
    }
}
