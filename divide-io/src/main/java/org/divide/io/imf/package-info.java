/**
 * IMF DataMapper API JSON ({@link org.divide.io.imf.ImfDataMapperJson}), with its indicator,
 * country, region and group metadata responses.
 */
package org.divide.io.imf;
