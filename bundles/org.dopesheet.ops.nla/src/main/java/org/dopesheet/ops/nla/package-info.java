/**
 * The NLA and action-data family of Action editor operators (Blender's {@code action_data.c}
 * and the pose-marker operator of {@code action_edit.c}): creating, unlinking, stashing and
 * pushing down actions, browsing the NLA stack in tweak mode, and making scene markers local to
 * the action. The helpers here (stash, push down, tweak mode, track and strip creation, action
 * assignment) follow Blender's {@code nla.c} and {@code animrig} code.
 */
package org.dopesheet.ops.nla;
