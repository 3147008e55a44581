package org.dopesheet.model;

import java.util.List;

/**
 * A slot of a layered action [cur]: an identifier (two-letter ID type code and name, e.g.
 * "OBCube") and the channel bag of the data animated through it.
 */
public final class ActionSlot extends ModelNode {
    private int handle;
    private String identifier = "";
    private boolean select;
    private boolean active;
    private Channelbag channelbag;

    /** A new slot with an empty channel bag. */
    public ActionSlot(int handle, String identifier) {
        this.handle = handle;
        this.identifier = identifier;
        this.channelbag = adopt(new Channelbag());
    }

    /** The slot name without the ID type prefix. */
    public String displayName() {
        return identifier.length() > 2 ? identifier.substring(2) : identifier;
    }

    /** stable slot handle (never 0) */
    public int handle() {
        return handle;
    }

    /** Sets: stable slot handle (never 0) */
    public ActionSlot setHandle(int handle) {
        changing();
        this.handle = handle;
        return this;
    }

    /** identifier, e.g. OBCube */
    public String identifier() {
        return identifier;
    }

    /** Sets: identifier, e.g. OBCube */
    public ActionSlot setIdentifier(String identifier) {
        changing();
        this.identifier = identifier;
        return this;
    }

    /** selected */
    public boolean select() {
        return select;
    }

    /** Sets: selected */
    public ActionSlot setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }

    /** active slot */
    public boolean active() {
        return active;
    }

    /** Sets: active slot */
    public ActionSlot setActive(boolean active) {
        changing();
        this.active = active;
        return this;
    }

    /** the slot's curves and groups */
    public Channelbag channelbag() {
        return channelbag;
    }

    /** Sets: the slot's curves and groups */
    public ActionSlot setChannelbag(Channelbag channelbag) {
        changing();
        this.channelbag = adopt(channelbag);
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of(channelbag);
    }

    @Override
    Object snapshot() {
        return new Object[] {handle, identifier, select, active, channelbag};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        handle = (Integer) s[0];
        identifier = (String) s[1];
        select = (Boolean) s[2];
        active = (Boolean) s[3];
        channelbag = (Channelbag) s[4];
    }
}
