/**
 * The representation divide: a corpus's pages per language (the web, a model's training data)
 * against the people who speak those languages. {@link Speakers} holds the speakers of each language
 * per territory; {@link LanguageRepresentation} the shares, ratios, dissimilarity, KL divergence and
 * language Lorenz curve of one corpus; {@link RepresentationChange} the change between two corpora
 * language by language; {@link EconomyRepresentation} the pages attributed to economies in proportion
 * to their speakers, with inequality across economies and its decomposition by group. The measures
 * themselves are those of {@code concentration} and {@code inequality}.
 */
package org.divide.metrics.representation;
