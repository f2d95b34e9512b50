/**
 * What every reader of divide-io shares, and reading any supported file: every reader returns a
 * {@link org.divide.io.ReadResult} (the panel, the aggregates kept apart, the unmatched
 * economies, the skipped records, the format's notes), takes {@link org.divide.io.ReadOptions}
 * (economy resolution, strict or lenient, missing-value texts, decimal comma) and reports
 * malformed input with a {@link org.divide.io.MalformedDataException} naming the
 * {@link org.divide.io.Location}.
 *
 * <p>Format packages: {@code csv}, {@code worldbank}, {@code owid}, {@code imf}, {@code sdmx},
 * {@code xlsx}, {@code json}. The machinery they share is in {@code org.divide.io.internal}, which
 * is not API.
 */
package org.divide.io;
