package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version shown by {@code divide --version} and written into result files: the jar's
 * implementation version, else the version Maven recorded in the jar
 * ({@code META-INF/maven/org.divide/divide-examples/pom.properties}), if known.
 */
final class Version implements IVersionProvider {

    private static final String POM = "/META-INF/maven/org.divide/divide-examples/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {current()};
    }

    /**
     * The version as text.
     *
     * @return {@code "divide 0.1.0"}, or {@code "divide (development build)"} when run from classes
     *         that carry no version
     */
    static String current() {
        return "divide " + number();
    }

    /**
     * The version number.
     *
     * @return e.g. {@code "0.1.0"}, or {@code "(development build)"} when run from classes that
     *         carry no version
     */
    static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        if (version == null) {
            try (InputStream in = Version.class.getResourceAsStream(POM)) {
                if (in != null) {
                    Properties pom = new Properties();
                    pom.load(in);
                    version = pom.getProperty("version");
                }
            } catch (IOException e) {
                version = null;
            }
        }
        return version == null ? "(development build)" : version;
    }
}
