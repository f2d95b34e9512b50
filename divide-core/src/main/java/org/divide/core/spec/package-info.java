/**
 * The specification of a composite index as plain data: an {@link org.divide.core.spec.IndexSpec}
 * is a {@link org.divide.core.Framework} plus an ordered list of {@link org.divide.core.spec.Step}s
 * (denominate, impute, screen, treat, normalise, weights, aggregate), each an immutable record of
 * enums, numbers, strings, lists and maps with its parameters and documented defaults — the
 * counterpart of the arguments COINr logs for {@code Regen}.
 *
 * <p>Nothing here computes: {@code divide-metrics} executes a spec ({@code
 * org.divide.metrics.composite}) and {@code divide-io} reads and writes it as JSON. Every record
 * validates its own fields on construction and {@link org.divide.core.spec.IndexSpec} checks every
 * code a step names against the framework, throwing an {@link java.lang.IllegalArgumentException}
 * that names the step, the field and the value.
 *
 * <p>Reference: OECD/JRC, <i>Handbook on Constructing Composite Indicators: Methodology and User
 * Guide</i> (2008); W. Becker et al., "COINr: An R package for developing composite indicators",
 * JOSS 7(78), 4567 (2022), doi:10.21105/joss.04567.
 */
package org.divide.core.spec;
