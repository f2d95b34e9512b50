/**
 * Readers for the data of the representation divide: a corpus's pages (or any amount) per language,
 * in the shape of Common Crawl's language statistics ({@link CorpusCountsReader}); Unicode CLDR's
 * territory populations with the share speaking each language ({@link TerritoryInfoReader}); CLDR's
 * language code aliases ({@link LanguageAliases}) and the matching of a corpus's codes to CLDR's
 * ({@link LanguageMatch}), which lists every code it cannot match instead of dropping it.
 */
package org.divide.io.language;
