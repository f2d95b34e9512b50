/**
 * The reading and writing machinery the format packages of divide-io share; <b>not API</b>: it
 * may change in any release, and no other module may use it (the module {@code org.divide.io} does
 * not export it).
 *
 * <p>{@link org.divide.io.internal.PanelCollector} resolves economies, detects conflicting
 * duplicates and builds a {@link org.divide.io.ReadResult}; {@link org.divide.io.internal.Values}
 * is the one place where text becomes a value or a year; {@link org.divide.io.internal.Sources}
 * opens inputs with strict decoding; {@link org.divide.io.internal.FormulaGuard} protects text
 * written to spreadsheets; {@link org.divide.io.internal.NumberText} writes numbers as bytes from
 * their shortest decimal ({@link org.divide.io.internal.ShortestDecimal}) for the CSV writers;
 * {@link org.divide.io.internal.XmlInput} is the hardened StAX input of every XML reader.
 *
 * <p>The byte-level fast paths of the CSV readers — {@link org.divide.io.internal.LongCsvBytes}
 * for long files, {@link org.divide.io.internal.WideCsvBytes} for wide ones (WDI bulk, OWID) — read
 * plain files from their bytes, chunk by chunk ({@link org.divide.io.internal.LineChunks}, parsed
 * on all cores by {@link org.divide.io.internal.ChunkPipeline}), numbers by
 * {@link org.divide.io.internal.DecimalToDouble}, into the panel's own layout
 * ({@link org.divide.io.internal.DenseCells}) or, for wide files, as parsed rows turned into the
 * panel's columns at the end ({@link org.divide.io.internal.RowCells}), or decline; {@link org.divide.io.internal.WholeInput}
 * holds a stream for them.
 */
package org.divide.io.internal;
