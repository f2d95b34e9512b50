/**
 * SDMX data messages read into panels: SDMX-CSV 1.0 and 2.x ({@link org.divide.io.sdmx.SdmxCsvReader}),
 * SDMX-JSON 1.0 and 2.x ({@link org.divide.io.sdmx.SdmxJsonReader}) and SDMX-ML 2.1 generic and
 * structure-specific data, streamed securely with StAX ({@link org.divide.io.sdmx.SdmxMlReader}).
 *
 * <p>The three syntaxes share one mapping ({@link org.divide.io.sdmx.SdmxOptions}: which dimension
 * is the economy, which make the indicator code, which is the time) and one treatment of periods
 * ({@link org.divide.io.sdmx.Period}, {@link org.divide.io.sdmx.SubAnnualPolicy}): quarters,
 * months and other periods shorter than a year are never merged into their year. Readers return
 * the shared {@link org.divide.io.ReadResult}, whose notes ({@link org.divide.io.sdmx.SdmxNotes})
 * give the mapping used and the series and observation counts.
 */
package org.divide.io.sdmx;
