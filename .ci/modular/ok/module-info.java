/** A consumer on the module path: requires the library modules, uses their API packages. */
module org.divide.ci.modular {
    requires org.divide.metrics;
    requires org.divide.io;
}
