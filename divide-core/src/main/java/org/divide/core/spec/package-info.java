/**
 * The specification of a composite index as plain data: an {@link org.divide.core.spec.IndexSpec}
 * is a {@link org.divide.core.Framework} plus an ordered list of {@link org.divide.core.spec.Step}s
 * (denominate, impute, screen, treat, normalise, weights, aggregate), each an immutable record of
 * numbers, strings, lists and maps with its parameters and documented defaults — the counterpart
 * of the arguments COINr logs for {@code Regen}.
 *
 * <p><b>One vocabulary.</b> This package is the only place where the methods of a step are named:
 * per step a sealed family ({@link org.divide.core.spec.SpecMethod}: {@code NormaliseMethod},
 * {@code AggregateMethod}, {@code ImputeMethod}, {@code ScreenRule}, {@code TreatMethod},
 * {@code TransformMethod}, {@code WeightMethod}) with one record per method whose components are
 * its named, validated parameters ({@code NormaliseMethod.Goalposts(low, high, truncate, range)}).
 * {@code divide-metrics} computes each record directly and {@code divide-io} writes it under its
 * name; adding a method is one record here, one kernel there, one JSON case and one test.
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
