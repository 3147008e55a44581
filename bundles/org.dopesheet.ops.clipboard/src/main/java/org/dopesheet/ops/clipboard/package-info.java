/**
 * The clipboard family: Blender's Dope Sheet keyframe copy and paste operators
 * ({@code ACTION_OT_copy}, {@code ACTION_OT_paste}) and the copy/paste buffer logic they share
 * with the Graph Editor ({@code keyframes_general.c}), registered as DS components. The buffer
 * itself is the core bundle's {@link org.dopesheet.edit.KeyframeClipboard} service, so updating
 * or restarting this bundle keeps its content. Implementation only; nothing is exported.
 */
package org.dopesheet.ops.clipboard;
