/**
 * CSV in long and wide layouts: read by the configured {@link org.divide.io.csv.LongCsvReader} and
 * {@link org.divide.io.csv.WideCsvReader}, and COINr's iData table by
 * {@link org.divide.io.csv.CoinrIDataReader} (its group columns as groupings in
 * {@link org.divide.io.csv.CoinrNotes}); written by {@link org.divide.io.csv.LongCsv} and
 * {@link org.divide.io.csv.WideCsv}; result tables by {@link org.divide.io.csv.TableCsv}.
 *
 * <p>{@link org.divide.io.csv.CsvTable} gives the records of a CSV file with line numbers (split by
 * divide's own lexer, the syntax Apache Commons CSV read before) and the standard messages, for
 * programs that read tables of their own. The writers quote fields by Commons CSV's rule.
 */
package org.divide.io.csv;
