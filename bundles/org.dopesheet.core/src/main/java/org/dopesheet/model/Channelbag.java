package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The F-Curves and groups of one action slot (or of a legacy action). Grouped curves are kept
 * contiguous, group by group in group order, ungrouped curves after them, as Blender keeps them.
 */
public final class Channelbag extends ModelNode {
    private ArrayList<ActionGroup> groups = new ArrayList<>();
    private ArrayList<FCurve> fcurves = new ArrayList<>();

    /** channel groups (read-only view, in order). */
    public List<ActionGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** Inserts at {@code index} ({@code -1} or the size: append). Returns the element. */
    public ActionGroup addGroup(int index, ActionGroup e) {
        changing();
        groups.add(index < 0 ? groups.size() : index, adopt(e));
        return e;
    }

    /** Appends. Returns the element. */
    public ActionGroup addGroup(ActionGroup e) {
        return addGroup(-1, e);
    }

    /** Removes the element (by identity); returns whether it was present. */
    public boolean removeGroup(ActionGroup e) {
        int i = indexOfGroup(e);
        if (i < 0) {
            return false;
        }
        changing();
        groups.remove(i);
        return true;
    }

    /** Index by identity, or -1. */
    public int indexOfGroup(ActionGroup e) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the element at {@code from} to {@code to}. */
    public void moveGroup(int from, int to) {
        changing();
        groups.add(to, groups.remove(from));
    }

    /** F-Curves (read-only view, in order). */
    public List<FCurve> fcurves() {
        return Collections.unmodifiableList(fcurves);
    }

    /** Inserts at {@code index} ({@code -1} or the size: append). Returns the element. */
    public FCurve addFcurve(int index, FCurve e) {
        changing();
        fcurves.add(index < 0 ? fcurves.size() : index, adopt(e));
        return e;
    }

    /** Appends. Returns the element. */
    public FCurve addFcurve(FCurve e) {
        return addFcurve(-1, e);
    }

    /** Removes the element (by identity); returns whether it was present. */
    public boolean removeFcurve(FCurve e) {
        int i = indexOfFcurve(e);
        if (i < 0) {
            return false;
        }
        changing();
        fcurves.remove(i);
        return true;
    }

    /** Index by identity, or -1. */
    public int indexOfFcurve(FCurve e) {
        for (int i = 0; i < fcurves.size(); i++) {
            if (fcurves.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the element at {@code from} to {@code to}. */
    public void moveFcurve(int from, int to) {
        changing();
        fcurves.add(to, fcurves.remove(from));
    }

    /** The group with this name, or null. */
    public ActionGroup group(String name) {
        for (ActionGroup g : groups) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /** The F-Curve animating {@code dataPath[arrayIndex]}, or null. */
    public FCurve fcurve(String dataPath, int arrayIndex) {
        for (FCurve c : fcurves) {
            if (c.arrayIndex() == arrayIndex && c.dataPath().equals(dataPath)) {
                return c;
            }
        }
        return null;
    }

    /** The group with this name, created (expanded and selected, at the end) when missing. */
    public ActionGroup ensureGroup(String name) {
        ActionGroup g = group(name);
        if (g == null) {
            g = new ActionGroup(name).setSelect(true).setShowExpanded(true).setShowExpandedGraph(true);
            addGroup(g);
        }
        return g;
    }

    /**
     * Adds a curve to a group (or ungrouped with null), keeping grouped curves contiguous:
     * after the group's last curve, or, for a group without curves, after the curves of the
     * groups before it; ungrouped curves go to the end.
     */
    public FCurve addFCurveToGroup(FCurve curve, ActionGroup group) {
        curve.setGroupDirect(group);
        if (group == null) {
            return addFcurve(curve);
        }
        int gi = indexOfGroup(group);
        if (gi < 0) {
            throw new IllegalArgumentException("group " + group.name() + " is not in this channel bag");
        }
        int insert = 0;
        for (int i = 0; i < fcurves.size(); i++) {
            ActionGroup cg = fcurves.get(i).group();
            if (cg != null && indexOfGroup(cg) <= gi) {
                insert = i + 1;
            }
        }
        return addFcurve(insert, curve);
    }

    /**
     * Appends a curve with its group in storage order (loading): grouped curves must arrive group
     * by group in group order, ungrouped ones last. Costs O(groups), not O(curves).
     *
     * @throws IllegalArgumentException naming the violated order
     */
    public FCurve appendFCurve(FCurve curve, ActionGroup group) {
        if (group != null && indexOfGroup(group) < 0) {
            throw new IllegalArgumentException("group " + group.name() + " is not in this channel bag");
        }
        if (!fcurves.isEmpty()) {
            ActionGroup last = fcurves.get(fcurves.size() - 1).group();
            if (group != null && last != group) {
                if (last == null) {
                    throw new IllegalArgumentException("an F-Curve of group '" + group.name()
                            + "' after an ungrouped F-Curve");
                }
                if (indexOfGroup(last) > indexOfGroup(group)) {
                    throw new IllegalArgumentException("an F-Curve of group '" + group.name()
                            + "' after an F-Curve of group '" + last.name() + "'");
                }
            }
        }
        curve.setGroupDirect(group);
        return addFcurve(curve);
    }

    /** The curves of a group, in order. */
    public List<FCurve> fcurvesOf(ActionGroup group) {
        List<FCurve> out = new ArrayList<>();
        for (FCurve c : fcurves) {
            if (c.group() == group) {
                out.add(c);
            }
        }
        return out;
    }

    /** Number of keys over all curves. */
    public long keyCount() {
        long n = 0;
        for (FCurve c : fcurves) {
            n += c.size();
        }
        return n;
    }


    @Override
    List<? extends ModelNode> children() {
        List<ModelNode> all = new ArrayList<>();
        all.addAll(groups);
        all.addAll(fcurves);
        return all;
    }

    @Override
    Object snapshot() {
        return new Object[] {new ArrayList<>(groups), new ArrayList<>(fcurves)};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        groups = new ArrayList<>((List<ActionGroup>) s[0]);
        fcurves = new ArrayList<>((List<FCurve>) s[1]);
    }
}
