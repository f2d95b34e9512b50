/**
 * The composite-index pipeline: {@link org.divide.metrics.composite.CompositeIndex} compiles an
 * {@link org.divide.core.spec.IndexSpec} (framework + ordered steps) once — the tree walk is
 * flattened into index arrays — and runs it on {@link org.divide.metrics.composite.IndexData} (a
 * panel, the year to build and named groupings of economies). The
 * {@link org.divide.metrics.composite.IndexResult} holds every intermediate
 * {@link org.divide.metrics.composite.Stage} (raw, denominated, imputed, screened, treated,
 * normalised, aggregated), the scores and competition ranks of every node and the reports of what
 * imputation, screening and treatment did.
 *
 * <p>Every step is a pure function of the stage before it and of the data, so a run can be
 * repeated with one assumption changed and the stages upstream of it reused
 * ({@link org.divide.metrics.composite.CompositeIndex#rerun}). The numerics are those of the
 * building-block packages ({@code normalise}, {@code treat}, {@code impute}, {@code aggregate},
 * {@code rank}, {@code weights}); this package only wires them to the framework.
 *
 * <p>References: OECD/JRC, <i>Handbook on Constructing Composite Indicators: Methodology and User
 * Guide</i> (2008); W. Becker et al., "COINr: An R package for developing composite indicators",
 * JOSS 7(78), 4567 (2022), doi:10.21105/joss.04567.
 */
package org.divide.metrics.composite;
