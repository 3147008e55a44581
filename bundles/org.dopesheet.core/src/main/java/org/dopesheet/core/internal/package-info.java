/** Implementation of the core services (private). */
package org.dopesheet.core.internal;
