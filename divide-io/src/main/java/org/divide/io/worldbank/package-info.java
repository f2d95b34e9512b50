/**
 * World Bank formats, each read by a configured reader: the long WDI files
 * ({@link org.divide.io.worldbank.WdiLongCsvReader}), the bulk download CSV with its country
 * metadata companion ({@link org.divide.io.worldbank.WdiBulkCsvReader}), API v2 JSON pages
 * ({@link org.divide.io.worldbank.WorldBankApiReader}) and the API's indicator and country
 * metadata ({@link org.divide.io.worldbank.WorldBankApiMetadata}).
 */
package org.divide.io.worldbank;
