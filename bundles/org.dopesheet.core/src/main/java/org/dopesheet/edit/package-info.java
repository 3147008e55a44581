/**
 * Building blocks operators share (Blender's {@code keyframes_edit.c} and {@code anim_deps.c}):
 * the key selection callbacks, NLA mapping of whole curves for editing in scene time, and the
 * post-edit update of channels (sort, then handles).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dopesheet.edit;
