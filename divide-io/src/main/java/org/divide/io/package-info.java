/**
 * Readers and writers of the formats the field publishes in, and what they share: every reader
 * returns a {@link org.divide.io.ReadResult} (the panel, the aggregates kept apart, the unmatched
 * economies, the skipped records), takes {@link org.divide.io.ReadOptions} (economy resolution,
 * strict or lenient, missing-value texts, decimal comma) and reports malformed input with a
 * {@link org.divide.io.MalformedDataException} naming the {@link org.divide.io.Location}.
 *
 * <p>A new format reader parses its syntax and feeds a {@link org.divide.io.PanelCollector}, which
 * resolves economies, detects conflicting duplicates and builds the result; text becomes numbers
 * and years through {@link org.divide.io.Values} only. Format packages: {@code csv},
 * {@code worldbank}, {@code owid}, {@code imf}, {@code json}.
 */
package org.divide.io;
