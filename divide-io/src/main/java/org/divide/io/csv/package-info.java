/**
 * CSV in long ({@link org.divide.io.csv.LongCsv}) and wide ({@link org.divide.io.csv.WideCsv})
 * layouts, read and written, plus result tables ({@link org.divide.io.csv.TableCsv}).
 *
 * <p>{@link org.divide.io.csv.CsvTable} (records with line numbers over Apache Commons CSV) and the
 * {@code readInto} methods are the building blocks of the other CSV-based formats (World Bank, Our
 * World in Data, SDMX-CSV).
 */
package org.divide.io.csv;
