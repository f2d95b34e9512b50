package org.divide.examples.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --economy CODE|NAME} option of {@code divide profile}, {@code whatif}, {@code path},
 * {@code horizon} and {@code report}.
 * The data options ({@link DataOptions}) already take {@code --economy} as a short name of
 * {@code --economy-column}; these two commands give that name to the economy they are about, and
 * keep {@code --economy-column} for the column. Picocli would reject the same name declared twice
 * by annotations, so the option is installed on the command's model when the command line is
 * built ({@link DivideCommand}).
 */
final class EconomyOption {

    /** What a command with this option holds. */
    interface Holder {
        /** {@return the economies given, or {@code null}} */
        List<String> economies();

        /**
         * Sets the economies given.
         *
         * @param economies the economies
         */
        void economies(List<String> economies);
    }

    private EconomyOption() {
    }

    /**
     * Installs {@code --economy} on a subcommand whose command object is a {@link Holder}.
     *
     * @param sub         the subcommand's command line
     * @param description the option's description
     */
    static void install(CommandLine sub, String description) {
        install(sub, description, true);
    }

    /**
     * Installs {@code --economy} on a subcommand whose command object is a {@link Holder}, required or not.
     *
     * @param sub         the subcommand's command line
     * @param description the option's description
     * @param required    whether picocli requires it (a command that needs it only in one mode checks itself)
     */
    static void install(CommandLine sub, String description, boolean required) {
        CommandSpec spec = sub.getCommandSpec();
        Holder holder = sub.getCommand();
        OptionSpec column = spec.findOption("--economy-column");
        if (column != null) {
            spec.remove(column);
            spec.addOption(OptionSpec.builder(column).names("--economy-column").build());
        }
        spec.addOption(OptionSpec.builder("--economy").paramLabel("CODE|NAME").required(required)
                .description(description).type(List.class).auxiliaryTypes(String.class)
                .arity("1").initialValue(null)
                .getter(new IGetter() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T get() {
                        return (T) holder.economies();
                    }
                })
                .setter(new ISetter() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T set(T value) {
                        List<String> old = holder.economies();
                        holder.economies((List<String>) value);
                        return (T) old;
                    }
                }).build());
    }
}
