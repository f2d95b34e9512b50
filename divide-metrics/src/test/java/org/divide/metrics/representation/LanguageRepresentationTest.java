package org.divide.metrics.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.metrics.inequality.Decomposition;
import org.junit.jupiter.api.Test;

/**
 * Three territories, three languages; the expected values are worked by hand in the comments.
 */
class LanguageRepresentationTest {

    private static final double EXACT = 1e-12;

    /*
     * KE: 50 people, sw 100 %, en 20 %  -> sw 50, en 10
     * GB: 60 people, en 100 %           -> en 60
     * TZ: 40 people, sw 100 %, en 10 %  -> sw 40, en 4
     * S: en 74, sw 90, total 164; q_en = 74/164, q_sw = 90/164
     */
    private static Speakers speakers(SpeakerCounting counting) {
        return Speakers.builder(counting)
                .territory("KE", 50, Map.of("sw", 100.0, "en", 20.0))
                .territory("GB", 60, Map.of("en", 100.0))
                .territory("TZ", 40, Map.of("sw", 100.0, "en", 10.0))
                .build();
    }

    private static final Map<String, Double> PAGES = Map.of("en", 90.0, "sw", 10.0, "got", 5.0);

    @Test
    void sharesRatiosAndDistances() {
        LanguageRepresentation r = LanguageRepresentation.of("C", PAGES, speakers(SpeakerCounting.ALL_SPEAKERS));
        assertEquals(List.of("en", "sw"), r.languages());
        assertEquals(List.of("got"), r.withoutSpeakers());
        assertEquals(0.0, r.speakersNotInCorpus(), EXACT);
        double qEn = 74 / 164.0;
        assertEquals(0.9, r.webShares()[0], EXACT);
        assertEquals(qEn, r.speakerShares()[0], EXACT);
        assertEquals(0.9 / qEn, r.ratio("en").ratio(), EXACT);
        assertEquals(0.1 / (90 / 164.0), r.ratio("sw").ratio(), EXACT);
        // D = ½(|0.9 − qEn| + |0.1 − qSw|) = 0.9 − qEn
        assertEquals(0.9 - qEn, r.dissimilarity(), EXACT);
        double kl = 0.9 * Math.log(0.9 / qEn) + 0.1 * Math.log(0.1 / (90 / 164.0));
        assertEquals(kl, r.klDivergence(), EXACT);
        assertTrue(r.klDivergence() >= 0);
        // Gini of pages per speaker (en 90/74, sw 10/90) weighted by speakers: for two groups,
        // G = w1 w2 |x1 − x2| / (W² μ) with μ = Σ pages / Σ speakers = 100/164
        double g = 74 * 90 * Math.abs(90 / 74.0 - 10 / 90.0) / (164.0 * 164.0 * (100 / 164.0));
        assertEquals(g, r.gini(), EXACT);
        assertEquals(90 / 164.0, r.lorenz().population()[1], EXACT);
        assertEquals(0.1, r.lorenz().income()[1], EXACT);
        assertEquals(90 / 164.0, r.speakersBelow(0.5), EXACT);
        assertEquals(0.0, r.speakersBelow(0.05), EXACT);
    }

    @Test
    void oncePerPersonScalesMultilingualTerritories() {
        Speakers s = speakers(SpeakerCounting.ONCE_PER_PERSON);
        // KE 120 % -> sw 50/1.2, en 10/1.2; TZ 110 % -> sw 40/1.1, en 4/1.1
        assertEquals(50 / 1.2 + 40 / 1.1, s.total("sw"), EXACT);
        assertEquals(10 / 1.2 + 60 + 4 / 1.1, s.total("en"), EXACT);
        assertEquals(150.0, s.allSpeakers(), 1e-9);
        assertEquals(164.0, speakers(SpeakerCounting.ALL_SPEAKERS).allSpeakers(), EXACT);
    }

    @Test
    void changeSplitsExactlyIntoLanguages() {
        Speakers s = speakers(SpeakerCounting.ALL_SPEAKERS);
        LanguageRepresentation a = LanguageRepresentation.of("A", PAGES, s);
        LanguageRepresentation b = LanguageRepresentation.of("B", Map.of("en", 70.0, "sw", 30.0), s);
        RepresentationChange c = RepresentationChange.between(a, b);
        double d = 0;
        double k = 0;
        for (LanguageChange l : c.languages()) {
            d += l.dissimilarityContribution();
            k += l.klContribution();
        }
        assertEquals(c.dissimilarityChange(), d, EXACT);
        assertEquals(c.klChange(), k, EXACT);
        assertEquals(-0.2, c.dissimilarityChange(), EXACT);
        assertEquals(0.3, c.languages().stream().filter(l -> l.language().equals("sw")).findFirst().orElseThrow()
                .webShareTo(), EXACT);
    }

    @Test
    void pagesFollowSpeakersToEconomies() {
        Speakers s = speakers(SpeakerCounting.ALL_SPEAKERS);
        LanguageRepresentation r = LanguageRepresentation.of("C", PAGES, s);
        Economies wb = Economies.worldBank();
        EconomyRepresentation e = EconomyRepresentation.of(r, s, wb::byIso2);
        // en 90 pages over 74 speakers, sw 10 over 90: KE = 90·10/74 + 10·50/90, GB = 90·60/74, TZ = 90·4/74 + 10·40/90
        double ke = 90 * 10 / 74.0 + 10 * 50 / 90.0;
        double gb = 90 * 60 / 74.0;
        double tz = 90 * 4 / 74.0 + 10 * 40 / 90.0;
        assertEquals(3, e.economies().size());
        assertEquals(ke, e.economies().get(0).pages(), EXACT);
        assertEquals(gb / 60, e.economies().get(1).perPerson(), EXACT);
        assertEquals(100.0, ke + gb + tz, 1e-9);
        assertEquals(0.0, e.pagesNotInEconomies(), EXACT);
        Decomposition d = e.theilByIncome();
        assertEquals(e.theil(), d.within() + d.between(), 1e-12);
        Decomposition g = e.giniByRegion();
        assertEquals(e.gini(), g.within() + g.between() + g.overlap(), 1e-12);
        Optional<Economy> none = Optional.empty();
        assertThrows(IllegalArgumentException.class, () -> EconomyRepresentation.of(r, s, code -> none));
    }

    @Test
    void degenerateInputIsRejected() {
        Speakers s = speakers(SpeakerCounting.ALL_SPEAKERS);
        assertThrows(IllegalArgumentException.class, () -> LanguageRepresentation.of("C", Map.of("got", 1.0), s));
        assertThrows(IllegalArgumentException.class, () -> LanguageRepresentation.of("C", Map.of("en", -1.0), s));
        assertThrows(IllegalArgumentException.class,
                () -> Speakers.builder(SpeakerCounting.ALL_SPEAKERS).territory("X", 1, Map.of("en", 101.0)));
    }
}
