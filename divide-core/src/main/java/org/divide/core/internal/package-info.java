/**
 * Machinery shared by the packages of divide-core that is not API: the argument checks of the
 * model types and the spec records ({@link org.divide.core.internal.Checks}), and the way divide's
 * readers hand a panel the columns they built without a copy
 * ({@link org.divide.core.internal.PanelAccess}); the package is exported to {@code org.divide.io} alone. Code outside
 * divide-core must not use it; it may change in any release.
 */
package org.divide.core.internal;
