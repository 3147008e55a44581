/** Implementation of the shell: argument parsing, dope sheet layout, formatting, the demo document. */
package org.dopesheet.shell.internal;
