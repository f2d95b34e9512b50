package org.divide.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.divide.core.Economies;

/**
 * The test copy of a real WDI file, read independently of the command (a plain split of each line
 * from the right: code, year, value), with the World Bank aggregates left out (a test helper).
 */
final class WdiFile {

    private WdiFile() {
    }

    /** {@return the path of a file under src/test/resources/org/divide/examples/cli} */
    static Path resource(String name) {
        try {
            return Path.of(WdiFile.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return economy code → year → value, aggregates left out} */
    static Map<String, TreeMap<Integer, Double>> countries(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Economies registry = Economies.worldBank();
        Map<String, TreeMap<Integer, Double>> out = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            String code = p[p.length - 3];
            if (p[p.length - 1].isEmpty() || registry.find(code).map(e -> e.isAggregate()).orElse(true)) {
                continue;
            }
            out.computeIfAbsent(code, k -> new TreeMap<>()).put(Integer.parseInt(p[p.length - 2]),
                    Double.parseDouble(p[p.length - 1]));
        }
        return out;
    }
}
