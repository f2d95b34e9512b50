/**
 * The {@code divide} command line: the root command {@link org.divide.examples.cli.DivideCommand},
 * one class per subcommand, exit codes and error reporting. Run it with {@code ./divide} from the
 * repository root.
 */
package org.divide.examples.cli;
