/**
 * JSON: the bounded, strict parsing shared by the JSON-based readers ({@link
 * org.divide.io.json.JsonInput}) and the panel document, read and written exactly ({@link
 * org.divide.io.json.PanelJson}).
 */
package org.divide.io.json;
