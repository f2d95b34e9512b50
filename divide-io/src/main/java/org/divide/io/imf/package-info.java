/**
 * IMF DataMapper API JSON ({@link org.divide.io.imf.ImfDataMapperReader}), with its indicator,
 * country, region and group metadata responses.
 */
package org.divide.io.imf;
