/**
 * Machinery shared by the packages of divide-core that is not API: the argument checks of the
 * model types and the spec records ({@link org.divide.core.internal.Checks}). Code outside
 * divide-core must not use it; it may change in any release.
 */
package org.divide.core.internal;
