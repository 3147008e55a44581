/** The MetaTypeProvider over the operator registry; private. */
package org.dopesheet.metatype.internal;
