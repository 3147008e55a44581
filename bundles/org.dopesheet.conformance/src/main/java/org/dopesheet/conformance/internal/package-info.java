/** Harness pseudo-operators and the shell command (private). */
package org.dopesheet.conformance.internal;
