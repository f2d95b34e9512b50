package org.divide.metrics.composite;

import java.util.List;

import org.divide.core.Direction;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.RankTies;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TransformMethod;
import org.divide.metrics.aggregate.Aggregation;
import org.divide.metrics.normalise.DegeneratePolicy;
import org.divide.metrics.normalise.Normalisation;
import org.divide.metrics.rank.Ties;
import org.divide.metrics.treat.Transform;
import org.divide.metrics.treat.Treatment;

/** Maps the plain-data rules of a spec onto the building blocks that compute them. */
final class Translate {

    private Translate() {
    }

    /**
     * The transform of a treatment rule.
     *
     * @param method the transform
     * @param lambda the Box-Cox λ
     * @return the transform, or {@code null} for none
     */
    static Transform transform(TransformMethod method, double lambda) {
        switch (method) {
            case NONE:
                return null;
            case LOG_CT:
                return Transform.logCT();
            case LOG_CT_ORIGINAL:
                return Transform.logCTOriginal();
            case LOG_CT_PLUS:
                return Transform.logCTPlus();
            case LOG_GII:
                return Transform.logGII();
            case BOX_COX:
                return Transform.boxCox(lambda);
            default:
                throw new AssertionError(method);
        }
    }

    /**
     * The treatment of a {@link org.divide.core.spec.TreatMethod#COINR} or
     * {@link org.divide.core.spec.TreatMethod#NONE} rule.
     *
     * @param rule the rule
     * @return the treatment
     */
    static Treatment treatment(Treat.Rule rule) {
        switch (rule.method()) {
            case NONE:
                return Treatment.none();
            case COINR:
                return Treatment.coinr().withWinsorisationLimit(rule.winsorisationLimit())
                        .withThresholds(rule.skewThreshold(), rule.kurtosisThreshold())
                        .withForcedWinsorisation(rule.forceWinsorisation())
                        .withFallback(transform(rule.transform(), rule.lambda())).withCombined(rule.combine());
            default:
                throw new IllegalArgumentException("not a treatment: " + rule.method());
        }
    }

    /**
     * The normaliser of an indicator; a degenerate column is an error.
     *
     * @param rule      the rule
     * @param direction the indicator's direction
     * @param economies the economies of the stage, to find a reference economy
     * @param indicator the indicator's code, for messages
     * @return the normaliser
     */
    static Normalisation normaliser(Normalise.Rule rule, Direction direction, List<String> economies,
            String indicator) {
        Normalisation n;
        switch (rule.method()) {
            case NONE:
                n = Normalisation.none();
                break;
            case MIN_MAX:
                n = Normalisation.minMax(rule.rangeLower(), rule.rangeUpper());
                break;
            case Z_SCORE:
                n = Normalisation.zScore(rule.lower() != null ? rule.lower() : 0, rule.upper() != null ? rule.upper() : 1);
                break;
            case SCALED:
                n = Normalisation.scaled(rule.low(), rule.high()).withRange(rule.rangeLower(), rule.rangeUpper());
                break;
            case RANK:
                n = Normalisation.rank().withTies(ties(rule.ties()));
                break;
            case BORDA:
                n = Normalisation.borda().withTies(ties(rule.ties()));
                break;
            case PERCENTILE_RANK:
                n = Normalisation.percentileRank().withTies(ties(rule.ties())).withRange(rule.rangeLower(),
                        rule.rangeUpper());
                break;
            case FRACTION_OF_MAX:
                n = Normalisation.fractionOfMax().withRange(rule.rangeLower(), rule.rangeUpper());
                break;
            case DISTANCE_TO_MAX:
                n = Normalisation.distanceToMax().withRange(rule.rangeLower(), rule.rangeUpper());
                break;
            case DISTANCE_TO_REFERENCE:
                int ref = economies.indexOf(rule.reference());
                if (ref < 0) {
                    throw new IllegalArgumentException("Normalise: indicator " + indicator + ": reference economy "
                            + rule.reference() + " is not in the data (or was screened out)");
                }
                n = Normalisation.distanceToReference(ref).withCap(rule.cap()).withRange(rule.rangeLower(),
                        rule.rangeUpper());
                break;
            case DISTANCE_TO_TARGET:
                n = Normalisation.distanceToTarget(rule.target()).withCap(rule.cap()).withRange(rule.rangeLower(),
                        rule.rangeUpper());
                break;
            case GOALPOSTS:
                n = Normalisation.goalposts(rule.low(), rule.high()).withTruncation(rule.truncate())
                        .withRange(rule.rangeLower(), rule.rangeUpper());
                break;
            default:
                throw new AssertionError(rule.method());
        }
        return n.withDirection(direction).withDegenerate(DegeneratePolicy.REJECT);
    }

    private static Ties ties(RankTies ties) {
        return Ties.valueOf(ties.name());
    }

    /**
     * The row aggregator of a rule (not Copeland or benefit of the doubt).
     *
     * @param rule the rule
     * @return the aggregator
     */
    static Aggregation aggregation(Aggregate.Rule rule) {
        Aggregation a;
        switch (rule.method()) {
            case ARITHMETIC:
                a = Aggregation.arithmetic();
                break;
            case GEOMETRIC:
                a = Aggregation.geometric();
                break;
            case HARMONIC:
                a = Aggregation.harmonic();
                break;
            case GENERALISED:
                a = Aggregation.generalised(rule.power());
                break;
            case MEDIAN:
                a = Aggregation.median();
                break;
            default:
                throw new IllegalArgumentException("not a row aggregation: " + rule.method());
        }
        if (rule.shift() != 0) {
            a = a.withShift(rule.shift());
        }
        return a.withDataThreshold(rule.availabilityThreshold());
    }
}
