/**
 * World Bank formats: the long WDI files ({@link org.divide.io.worldbank.WdiLongCsv}), the bulk
 * download CSV with its country metadata companion ({@link org.divide.io.worldbank.WdiBulkCsv}),
 * and API v2 JSON pages ({@link org.divide.io.worldbank.WorldBankApiJson}).
 */
package org.divide.io.worldbank;
