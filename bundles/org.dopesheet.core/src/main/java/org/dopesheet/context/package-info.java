/**
 * The animation context an operator sees (Blender's {@code bAnimContext}): the editor's mode and
 * data, channel filtering in Blender's order ({@link org.dopesheet.context.AnimFilter}), channel
 * rows and the View2D mapping between region pixels and view space, the editor's markers, and
 * NLA tweak-mode time mapping.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.context;
