/**
 * The fuzz test of the {@code divide} command's argument handling (a Jazzer {@code @FuzzTest}) and
 * the confinement of fuzzed command lines to a temporary folder. {@code docs/fuzzing.md} says how to
 * run it and what counts as a finding.
 */
package org.divide.examples.cli.fuzz;
