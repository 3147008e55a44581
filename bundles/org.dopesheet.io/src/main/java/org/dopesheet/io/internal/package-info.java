/**
 * Implementation of the JSON document format: the Jackson-based tree reader and writer, the
 * STATE reader and writer, document files and the {@code DocumentFormat} component. Not exported.
 */
package org.dopesheet.io.internal;
