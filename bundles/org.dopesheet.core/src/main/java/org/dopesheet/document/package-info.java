/** The open documents of a runtime, by name. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.document;
