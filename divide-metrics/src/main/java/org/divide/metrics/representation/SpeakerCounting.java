package org.divide.metrics.representation;

/**
 * How the speakers of a territory are counted. Census-style first-language (L1) counts are not in
 * CLDR's {@code territoryInfo}: its percentages count first and second languages alike, so one person
 * may count for several languages. {@link #ONCE_PER_PERSON} is the nearest derivable alternative.
 */
public enum SpeakerCounting {

    /**
     * Everyone who speaks a language counts for it (L1 + L2): speakers of language l in territory t
     * = population_t × percent_{t,l} / 100. The sum over languages exceeds the population wherever
     * people speak several languages.
     */
    ALL_SPEAKERS,

    /**
     * Every person counts once: where a territory's percentages add up to more than 100, they are
     * scaled down proportionally to add up to 100 (a multilingual person is split across the
     * languages of the territory in proportion to their reach). Where they add up to 100 or less they
     * are used as they are. Not a first-language count; the population is counted at most once.
     */
    ONCE_PER_PERSON
}
