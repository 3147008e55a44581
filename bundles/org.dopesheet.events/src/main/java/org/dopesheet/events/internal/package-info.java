/** The Event Admin publisher of the change notifications; private. */
package org.dopesheet.events.internal;
