/**
 * Internal helpers for deterministic parallel computations shared by {@code inference} and
 * {@code uncertainty}: the derivation of independent random streams from one seed, and the runner
 * of indexed loops on worker threads with progress, cancellation and deterministic failure
 * reporting.
 * <strong>Not API</strong>: the classes are public only so that those packages can share one
 * implementation; they may change without notice.
 */
package org.divide.metrics.internal.parallel;
