/**
 * The dope sheet's Gogo shell: commands of scope {@code ds} for documents
 * ({@link org.dopesheet.shell.DocumentCommands}), inspection
 * ({@link org.dopesheet.shell.InspectCommands}) and operators
 * ({@link org.dopesheet.shell.OperatorCommands}), plus one {@code scope:function} command per
 * registered operator ({@link org.dopesheet.shell.OperatorFunctions}).
 * <p>
 * Commands return data objects (records of this package); a Gogo
 * {@link org.apache.felix.service.command.Converter} formats them for the console, and their
 * {@code toString()} gives the same text, so {@code echo (ds:show)} in a script and Java callers
 * (in-container tests) see what the console shows. Every command takes the Gogo
 * {@link org.apache.felix.service.command.CommandSession} first; Java callers may pass
 * {@code null}, which selects the shell-wide current document (see {@link org.dopesheet.shell.ShellContext}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dopesheet.shell;
