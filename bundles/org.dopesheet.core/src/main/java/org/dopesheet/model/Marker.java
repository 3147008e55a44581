package org.dopesheet.model;

import java.util.List;

/**
 * A timeline marker (scene marker, or an action's pose marker).
 */
public final class Marker extends ModelNode {
    private String name = "";
    private int frame;
    private boolean select;

    /** A new, unselected marker. */
    public Marker(String name, int frame) {
        this.name = name;
        this.frame = frame;
    }

    /** marker name */
    public String name() {
        return name;
    }

    /** Sets: marker name */
    public Marker setName(String name) {
        changing();
        this.name = name;
        return this;
    }

    /** frame of the marker */
    public int frame() {
        return frame;
    }

    /** Sets: frame of the marker */
    public Marker setFrame(int frame) {
        changing();
        this.frame = frame;
        return this;
    }

    /** marker selection */
    public boolean select() {
        return select;
    }

    /** Sets: marker selection */
    public Marker setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {name, frame, select};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        frame = (Integer) s[1];
        select = (Boolean) s[2];
    }
}
