/**
 * COINr's own input files: the {@code iData} table of a coin ({@link org.divide.io.coinr.CoinrIDataReader}),
 * read into a panel with its group columns as groupings ({@link org.divide.io.coinr.CoinrNotes}). The
 * {@code iMeta} table is read by {@link org.divide.io.spec.IMetaCsv}.
 */
package org.divide.io.coinr;
