/**
 * The animation model of a dope sheet document: scene, objects, animation data with NLA,
 * actions with slots, channel bags, groups and F-Curves whose keyframes live in flat
 * primitive arrays, and the editor state an operator sees.
 * <p>
 * Every mutable node is a {@link org.dopesheet.model.ModelNode}: its mutators report to the
 * document's {@link org.dopesheet.model.ChangeTracker}, which records the prior state of exactly
 * the nodes touched inside a transaction (rollback, and later undo, restore them).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dopesheet.model;
