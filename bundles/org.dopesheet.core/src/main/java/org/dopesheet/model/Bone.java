package org.dopesheet.model;

import java.util.List;

/**
 * A bone of an armature object, with the flags the channel filters read.
 */
public final class Bone extends ModelNode {
    private String name = "";
    private String parent;
    private boolean select;
    private boolean hide;
    private String rotationMode = "QUATERNION";

    /** A new bone. */
    public Bone(String name) {
        this.name = name;
    }

    /** bone name */
    public String name() {
        return name;
    }

    /** Sets: bone name */
    public Bone setName(String name) {
        changing();
        this.name = name;
        return this;
    }

    /** parent bone name, or null */
    public String parent() {
        return parent;
    }

    /** Sets: parent bone name, or null */
    public Bone setParent(String parent) {
        changing();
        this.parent = parent;
        return this;
    }

    /** bone selected */
    public boolean select() {
        return select;
    }

    /** Sets: bone selected */
    public Bone setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }

    /** bone hidden */
    public boolean hide() {
        return hide;
    }

    /** Sets: bone hidden */
    public Bone setHide(boolean hide) {
        changing();
        this.hide = hide;
        return this;
    }

    /** rotation mode of the pose bone (RNA identifier) */
    public String rotationMode() {
        return rotationMode;
    }

    /** Sets: rotation mode of the pose bone (RNA identifier) */
    public Bone setRotationMode(String rotationMode) {
        changing();
        this.rotationMode = rotationMode;
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {name, parent, select, hide, rotationMode};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        parent = (String) s[1];
        select = (Boolean) s[2];
        hide = (Boolean) s[3];
        rotationMode = (String) s[4];
    }
}
