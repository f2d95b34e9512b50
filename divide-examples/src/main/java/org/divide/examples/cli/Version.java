package org.divide.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code divide --version}: the jar's implementation version, if known. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"divide " + (version == null ? "(development build)" : version)};
    }
}
