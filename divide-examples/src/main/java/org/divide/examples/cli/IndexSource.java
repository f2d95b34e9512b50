package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.divide.core.spec.IndexSpec;
import org.divide.io.spec.IMeta;
import org.divide.io.spec.IMetaCsv;
import org.divide.io.spec.IndexSpecJson;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where an index comes from, shared by {@code divide index}, {@code uncertainty} and
 * {@code report}: a divide spec ({@code --spec}), or a COINr iMeta table ({@code --meta}) built
 * the plain COINr way or by the steps of a steps document ({@code --steps}).
 */
final class IndexSource {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** At most one of {@code --spec} and {@code --meta}; {@link #resolve()} requires one. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    @Option(names = "--steps", paramLabel = "STEPS.json",
            description = "With --meta: the build steps, a spec document without framework"
                    + " ({\"steps\": [...]}, see docs/index-spec.md); {\"step\": \"denominate\"} without"
                    + " denominators takes those of iMeta's Denominator column. Without --steps, the plain build.")
    Path steps;

    /** The two sources; picocli fills exactly one. */
    static final class Choice {

        @Option(names = "--spec", required = true, paramLabel = "SPEC.json", description = IndexInputs.SPEC_HELP)
        Path spec;

        @Option(names = "--meta", required = true, paramLabel = "META.csv",
                description = "Instead of --spec: a COINr iMeta table as CSV (divide-io's IMetaCsv), built with"
                        + " COINr's plain spec (min-max onto [0, 100], weighted arithmetic mean), or with the"
                        + " steps of --steps.")
        Path meta;
    }

    /**
     * The spec read, with the group columns an iMeta names ({@code Type = Group} rows).
     *
     * @param spec         the index spec
     * @param groupColumns the iMeta's group columns; empty for a divide spec
     * @param file         the file the framework came from, for messages
     */
    record Resolved(IndexSpec spec, List<String> groupColumns, Path file) {
    }

    /** {@return whether --spec or --meta was given} */
    boolean given() {
        return choice != null;
    }

    /**
     * Reads the spec, or the iMeta with its steps.
     *
     * @return the spec and the iMeta's group columns
     * @throws IOException if a file cannot be read or is not valid
     * @throws IllegalArgumentException if {@code --steps} is given with {@code --spec}
     */
    Resolved resolve() throws IOException {
        if (!given()) {
            throw new ParameterException(command.commandLine(), "Missing required argument (specify one of these):"
                    + " (--spec=SPEC.json | --meta=META.csv)");
        }
        if (choice.meta == null) {
            if (steps != null) {
                throw new IllegalArgumentException("--steps goes with --meta (a --spec has its own steps)");
            }
            return new Resolved(IndexInputs.readSpec(choice.spec), List.of(), choice.spec);
        }
        IMeta meta = IMetaCsv.readMeta(choice.meta);
        IndexSpec indexSpec = steps == null ? meta.plain()
                : meta.spec(IndexSpecJson.readSteps(steps, meta.framework()).steps());
        return new Resolved(indexSpec, meta.groups(), choice.meta);
    }
}
