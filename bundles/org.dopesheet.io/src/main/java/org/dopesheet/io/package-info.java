/**
 * Reading and writing dope sheet documents as JSON.
 * <p>
 * {@link org.dopesheet.io.Json} turns JSON text into a plain tree of maps, lists, strings,
 * booleans, numbers and nulls and back; {@link org.dopesheet.io.StateCodec} maps such a tree in
 * the conformance vectors' STATE format to a {@link org.dopesheet.model.Document} and back;
 * {@link org.dopesheet.io.DocumentFiles} loads and atomically saves document files. The
 * {@link org.dopesheet.io.DocumentFormat} service offers the same to the shell. Everything here
 * works without OSGi.
 * <p>
 * Invalid input is reported as a {@link org.dopesheet.io.DocumentFormatException} naming the
 * source, the line and column (syntax) or the JSON path (content) of the problem.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.io;
