/**
 * The HTML report of {@code divide report}: {@link org.divide.examples.report.ReportData} computes
 * the figures from the embedded data with the library's measures, and the page is assembled from
 * escaped HTML ({@link org.divide.examples.report.Html}) and inline SVG charts (bar, interval, line,
 * Lorenz and a world choropleth decoded from TopoJSON). The file needs no network access to view.
 */
package org.divide.examples.report;
