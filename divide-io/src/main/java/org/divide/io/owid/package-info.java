/**
 * Our World in Data grapher exports ({@link org.divide.io.owid.OwidCsvReader}), with the metadata JSON of
 * the download when present; OWID's regions and income groups are kept apart as aggregates.
 */
package org.divide.io.owid;
