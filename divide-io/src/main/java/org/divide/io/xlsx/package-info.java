/**
 * Spreadsheets: a sheet of an xlsx (or legacy xls) workbook read in the long or wide layouts of
 * the CSV readers ({@link org.divide.io.xlsx.XlsxReader}), and workbooks of panels and result
 * tables written ({@link org.divide.io.xlsx.XlsxWriter}), with Apache POI.
 *
 * <p>Reading hands the sheet's rows to the CSV readers as text, so layouts, number rules and
 * messages are those of {@link org.divide.io.csv}: a numeric cell becomes the shortest text of its
 * {@code double}, a date its ISO 8601 text, an error cell its code ({@code #N/A} reads as
 * missing), and "line" in a message is the sheet's row number. Writing neutralises text cells
 * against formula injection ({@link org.divide.io.internal.FormulaGuard}).
 */
package org.divide.io.xlsx;
