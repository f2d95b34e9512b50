/**
 * divide's numerics: inequality and concentration measures with their decompositions and
 * accumulators, bootstrap intervals, the composite-index pipeline and its building blocks,
 * weights and audit, uncertainty and sensitivity analysis, dynamics, mobility between classes and
 * multidimensional deprivation. The packages under {@code org.divide.metrics.internal} are shared
 * machinery of this module and exported to no one.
 */
module org.divide.metrics {
    requires transitive org.divide.core;
    requires org.slf4j;
    // automatic modules (no module descriptor of their own): named after their jar files
    requires commons.math3;
    requires ejml.core;
    requires ejml.ddense;

    exports org.divide.metrics.aggregate;
    exports org.divide.metrics.analysis;
    exports org.divide.metrics.composite;
    exports org.divide.metrics.concentration;
    exports org.divide.metrics.deprivation;
    exports org.divide.metrics.dynamics;
    exports org.divide.metrics.impute;
    exports org.divide.metrics.inequality;
    exports org.divide.metrics.inference;
    exports org.divide.metrics.mobility;
    exports org.divide.metrics.normalise;
    exports org.divide.metrics.numeric;
    exports org.divide.metrics.overtime;
    exports org.divide.metrics.profile;
    exports org.divide.metrics.rank;
    exports org.divide.metrics.representation;
    exports org.divide.metrics.scenario;
    exports org.divide.metrics.treat;
    exports org.divide.metrics.uncertainty;
    exports org.divide.metrics.weights;
}
