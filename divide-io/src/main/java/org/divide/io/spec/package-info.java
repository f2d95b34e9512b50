/**
 * The index spec as JSON: {@link org.divide.io.spec.IndexSpecJson} reads and writes the plain-data
 * {@link org.divide.core.spec.IndexSpec} of {@code divide-core} (the framework of a composite
 * index and its ordered pipeline steps) as a readable document, strictly, with errors located by
 * JSON pointer. The JSON Schema of the document ships with the jar at
 * {@link org.divide.io.spec.IndexSpecJson#SCHEMA_RESOURCE}; {@code docs/index-spec.md} describes
 * the layout.
 */
package org.divide.io.spec;
