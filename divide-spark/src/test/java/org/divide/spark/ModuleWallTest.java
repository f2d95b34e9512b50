package org.divide.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.divide.metrics.numeric.CompensatedSum;
import org.junit.jupiter.api.Test;

/**
 * The wall the compiler keeps for the other library modules, kept here by a test: divide-spark
 * cannot have a {@code module-info} (Spark's jars carry no module name, and names derived from
 * {@code spark-sql_2.13-4.2.0.jar} are not valid), so its classes are checked with {@code jdeps}
 * to reach only packages that {@code org.divide.core} and {@code org.divide.metrics} export.
 */
class ModuleWallTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s", Pattern.MULTILINE);

    @Test
    void reachesOnlyThePackagesThatCoreAndMetricsExport() throws URISyntaxException, ClassNotFoundException {
        Set<String> exported = new TreeSet<>();
        // divide-core comes through divide-metrics; named, not imported, so the module declares only metrics
        exported.addAll(unqualifiedExports(codeSource(Class.forName("org.divide.core.Panel"))));
        exported.addAll(unqualifiedExports(codeSource(CompensatedSum.class)));
        assertTrue(exported.contains("org.divide.metrics.inequality"), exported::toString);
        assertFalse(exported.stream().anyMatch(p -> p.contains(".internal")), exported::toString);

        Set<String> reached = divideDependencies(codeSource(SparkInequality.class));
        assertTrue(reached.contains("org.divide.metrics.inequality"), reached::toString);
        reached.removeAll(exported);
        assertEquals(Set.of(), reached, "divide-spark reaches packages that are not exported");
    }

    private static Set<String> unqualifiedExports(Path location) {
        ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();
        assertFalse(descriptor.isAutomatic(), () -> location + " has no module-info");
        Set<String> packages = new TreeSet<>();
        descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
        return packages;
    }

    /** The org.divide packages outside divide-spark that its classes depend on, by jdeps. */
    private static Set<String> divideDependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", classes.toString());
        assertEquals(0, status, err::toString);
        Set<String> packages = new TreeSet<>();
        Matcher edge = EDGE.matcher(out.toString());
        while (edge.find()) {
            String target = edge.group(2);
            if (target.startsWith("org.divide.") && !target.startsWith("org.divide.spark")) {
                packages.add(target);
            }
        }
        return packages;
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
