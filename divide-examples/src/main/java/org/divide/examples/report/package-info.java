/**
 * The HTML report of {@code divide report}: {@link org.divide.examples.report.ReportInput} is the
 * one input (an index spec and data, the panel over years, a grouping, a weight indicator),
 * {@link org.divide.examples.report.ReportData} computes the figures with the library's measures —
 * on the embedded data or on a user's own index — and the page is assembled from escaped HTML
 * ({@link org.divide.examples.report.Html}) and inline SVG charts (bar, interval, line, Lorenz and a
 * world choropleth decoded from TopoJSON). Trends are drawn on balanced panels under the
 * {@link org.divide.examples.report.Coverage} rule. The file needs no network access to view.
 */
package org.divide.examples.report;
