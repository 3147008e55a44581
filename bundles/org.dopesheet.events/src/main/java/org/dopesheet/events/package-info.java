/**
 * The change notifications of a dopesheet runtime: OSGi Event Admin topics and event properties
 * ({@link org.dopesheet.events.DopesheetEvents}). Subscribe with an
 * {@code org.osgi.service.event.EventHandler} service whose {@code event.topics} property names
 * a topic or {@code org/dopesheet/*}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.events;
