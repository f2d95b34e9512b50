/**
 * JSON: the bounded, strict parsing shared by the JSON-based readers ({@link
 * org.divide.io.json.JsonInput}), the panel document written exactly ({@link
 * org.divide.io.json.PanelJson}) and read back ({@link org.divide.io.json.PanelJsonReader}), and
 * result tables ({@link org.divide.io.json.TableJson}).
 */
package org.divide.io.json;
