/** Transform operators of the Dope Sheet (private implementation). */
package org.dopesheet.ops.transform;
