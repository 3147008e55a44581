/**
 * The select family: Blender's Dope Sheet key selection operators ({@code action_select.c}),
 * registered as DS components. Implementation only; nothing is exported.
 */
package org.dopesheet.ops.select;
