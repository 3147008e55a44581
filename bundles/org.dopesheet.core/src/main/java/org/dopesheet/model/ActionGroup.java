package org.dopesheet.model;

import java.util.List;

/**
 * A channel group of an action's channel bag (bActionGroup).
 */
public final class ActionGroup extends ModelNode {
    private String name = "";
    private boolean select;
    private boolean active;
    private boolean lock;
    private boolean mute;
    private boolean showExpanded;
    private boolean showExpandedGraph;
    private boolean usePin;

    /** A new group. */
    public ActionGroup(String name) {
        this.name = name;
    }

    /** group name */
    public String name() {
        return name;
    }

    /** Sets: group name */
    public ActionGroup setName(String name) {
        changing();
        this.name = name;
        return this;
    }

    /** group selected (AGRP_SELECTED) */
    public boolean select() {
        return select;
    }

    /** Sets: group selected (AGRP_SELECTED) */
    public ActionGroup setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }

    /** active group (AGRP_ACTIVE) */
    public boolean active() {
        return active;
    }

    /** Sets: active group (AGRP_ACTIVE) */
    public ActionGroup setActive(boolean active) {
        changing();
        this.active = active;
        return this;
    }

    /** protected (AGRP_PROTECTED) */
    public boolean lock() {
        return lock;
    }

    /** Sets: protected (AGRP_PROTECTED) */
    public ActionGroup setLock(boolean lock) {
        changing();
        this.lock = lock;
        return this;
    }

    /** muted */
    public boolean mute() {
        return mute;
    }

    /** Sets: muted */
    public ActionGroup setMute(boolean mute) {
        changing();
        this.mute = mute;
        return this;
    }

    /** expanded in the Dope Sheet */
    public boolean showExpanded() {
        return showExpanded;
    }

    /** Sets: expanded in the Dope Sheet */
    public ActionGroup setShowExpanded(boolean showExpanded) {
        changing();
        this.showExpanded = showExpanded;
        return this;
    }

    /** expanded in the Graph Editor */
    public boolean showExpandedGraph() {
        return showExpandedGraph;
    }

    /** Sets: expanded in the Graph Editor */
    public ActionGroup setShowExpandedGraph(boolean showExpandedGraph) {
        changing();
        this.showExpandedGraph = showExpandedGraph;
        return this;
    }

    /** pinned in the Graph Editor */
    public boolean usePin() {
        return usePin;
    }

    /** Sets: pinned in the Graph Editor */
    public ActionGroup setUsePin(boolean usePin) {
        changing();
        this.usePin = usePin;
        return this;
    }


    @Override
    List<? extends ModelNode> children() {
        return List.of();
    }

    @Override
    Object snapshot() {
        return new Object[] {name, select, active, lock, mute, showExpanded, showExpandedGraph, usePin};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        select = (Boolean) s[1];
        active = (Boolean) s[2];
        lock = (Boolean) s[3];
        mute = (Boolean) s[4];
        showExpanded = (Boolean) s[5];
        showExpandedGraph = (Boolean) s[6];
        usePin = (Boolean) s[7];
    }
}
