package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An action: a named, reusable set of F-Curves.
 * <p>
 * A legacy action (Blender 3.4) has one channel bag of groups and curves and no slots. A layered
 * action [cur] has {@linkplain #slots() slots}, each with its own channel bag; the animation data
 * that uses it names the slot by handle. {@link #channelbag()} is what Blender's legacy
 * {@code action.fcurves}/{@code groups} API shows: the legacy bag, or the first slot's bag.
 */
public final class Action extends ModelNode {
    private String name;
    private int users;
    private boolean useFakeUser;
    private String idRoot;
    private boolean useFrameRange, useCyclic;
    private float frameStart, frameEnd;
    private ArrayList<Marker> poseMarkers = new ArrayList<>();
    private int poseMarkersActiveIndex = -1;
    private boolean layered;
    private Channelbag legacy = new Channelbag();
    private ArrayList<ActionSlot> slots = new ArrayList<>();
    private int lastSlotHandle;

    /** A new legacy action with no users. */
    public Action(String name) {
        this.name = name;
    }

    /** ID name. Rename through {@link Document#renameAction} to keep the action list sorted. */
    public String name() {
        return name;
    }

    void setNameDirect(String name) {
        changing();
        this.name = name;
    }

    /** User count (ID users). */
    public int users() {
        return users;
    }

    public Action setUsers(int users) {
        changing();
        this.users = users;
        return this;
    }

    /** Adds {@code delta} users (never below 0). */
    public Action addUsers(int delta) {
        return setUsers(Math.max(0, users + delta));
    }

    public boolean useFakeUser() {
        return useFakeUser;
    }

    /** Sets the fake user; like Blender, the fake user counts as a user. */
    public Action setUseFakeUser(boolean v) {
        if (v == useFakeUser) {
            return this;
        }
        changing();
        useFakeUser = v;
        users = Math.max(0, users + (v ? 1 : -1));
        return this;
    }

    /** Sets the flag without changing users (for loading stored user counts). */
    public Action setUseFakeUserFlag(boolean v) {
        changing();
        useFakeUser = v;
        return this;
    }

    /** ID type the action is meant for ({@code OBJECT}, ...), null while never assigned. */
    public String idRoot() {
        return idRoot;
    }

    public Action setIdRoot(String v) {
        changing();
        idRoot = v;
        return this;
    }

    /** Manual frame range on. */
    public boolean useFrameRange() {
        return useFrameRange;
    }

    public Action setUseFrameRange(boolean v) {
        changing();
        useFrameRange = v;
        return this;
    }

    public float frameStart() {
        return frameStart;
    }

    public Action setFrameStart(float v) {
        changing();
        frameStart = v;
        return this;
    }

    public float frameEnd() {
        return frameEnd;
    }

    public Action setFrameEnd(float v) {
        changing();
        frameEnd = v;
        return this;
    }

    /** Manual frame range is cyclic. */
    public boolean useCyclic() {
        return useCyclic;
    }

    public Action setUseCyclic(boolean v) {
        changing();
        useCyclic = v;
        return this;
    }

    /** Pose markers (action-local markers), in list order. */
    public List<Marker> poseMarkers() {
        return Collections.unmodifiableList(poseMarkers);
    }

    public Marker addPoseMarker(Marker m) {
        changing();
        poseMarkers.add(adopt(m));
        return m;
    }

    public boolean removePoseMarker(Marker m) {
        for (int i = 0; i < poseMarkers.size(); i++) {
            if (poseMarkers.get(i) == m) {
                changing();
                poseMarkers.remove(i);
                return true;
            }
        }
        return false;
    }

    public int poseMarkersActiveIndex() {
        return poseMarkersActiveIndex;
    }

    public Action setPoseMarkersActiveIndex(int v) {
        changing();
        poseMarkersActiveIndex = v;
        return this;
    }

    /** Whether this is a layered (slotted) action. */
    public boolean layered() {
        return layered;
    }

    /** The slots of a layered action (empty for a legacy action). */
    public List<ActionSlot> slots() {
        return Collections.unmodifiableList(slots);
    }

    /**
     * Adds a slot, making the action layered. A legacy action's curves move into its first slot,
     * as Blender's versioning does.
     */
    public ActionSlot addSlot(String identifier) {
        changing();
        ActionSlot slot = new ActionSlot(++lastSlotHandle, identifier);
        if (!layered) {
            layered = true;
            slot.setChannelbag(legacy);
            legacy = new Channelbag();
        }
        slots.add(adopt(slot));
        return slot;
    }

    /**
     * Adds a slot with a given handle (loading stored actions); the next new slot's handle stays
     * above every handle used. Makes the action layered like {@link #addSlot(String)}.
     */
    public ActionSlot addSlot(int handle, String identifier) {
        if (handle <= 0) {
            throw new IllegalArgumentException("slot handles are positive: " + handle);
        }
        if (slot(handle) != null) {
            throw new IllegalArgumentException("slot handle " + handle + " is in use");
        }
        ActionSlot s = addSlot(identifier);
        s.setHandle(handle);
        lastSlotHandle = Math.max(lastSlotHandle, handle);
        return s;
    }

    /** The last slot handle given out (new slots get larger ones). */
    public int lastSlotHandle() {
        return lastSlotHandle;
    }

    /**
     * Makes a legacy action without curves layered (with no slots yet), or a layered action
     * without slots legacy again.
     */
    public Action setLayered(boolean v) {
        if (v == layered) {
            return this;
        }
        if (v ? !legacy.fcurves().isEmpty() || !legacy.groups().isEmpty() : !slots.isEmpty()) {
            throw new IllegalStateException(v ? "the action has legacy curves: add a slot to move them"
                    : "the action has slots");
        }
        changing();
        layered = v;
        return this;
    }

    public boolean removeSlot(ActionSlot slot) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) == slot) {
                changing();
                slots.remove(i);
                return true;
            }
        }
        return false;
    }

    /** The slot with this handle, or null. */
    public ActionSlot slot(int handle) {
        for (ActionSlot s : slots) {
            if (s.handle() == handle) {
                return s;
            }
        }
        return null;
    }

    /** The legacy channel bag, or the first slot's; null for a layered action without slots. */
    public Channelbag channelbag() {
        if (!layered) {
            return legacy;
        }
        return slots.isEmpty() ? null : slots.get(0).channelbag();
    }

    /**
     * The channel bag animating through {@code slotHandle}: the legacy bag for a legacy action
     * (any handle), the slot's bag for a layered one (null if the slot does not exist).
     */
    public Channelbag channelbag(int slotHandle) {
        if (!layered) {
            return legacy;
        }
        ActionSlot s = slot(slotHandle);
        return s == null ? null : s.channelbag();
    }

    /** Every channel bag of the action (one for legacy actions). */
    public List<Channelbag> channelbags() {
        if (!layered) {
            return List.of(legacy);
        }
        List<Channelbag> out = new ArrayList<>();
        for (ActionSlot s : slots) {
            out.add(s.channelbag());
        }
        return out;
    }

    /** Shortcut for {@code channelbag().fcurves()} (empty when there is no bag). */
    public List<FCurve> fcurves() {
        Channelbag b = channelbag();
        return b == null ? List.of() : b.fcurves();
    }

    /** Shortcut for {@code channelbag().groups()}. */
    public List<ActionGroup> groups() {
        Channelbag b = channelbag();
        return b == null ? List.of() : b.groups();
    }

    /** "Has motion": some curve with keys, or with modifiers. */
    public boolean hasMotion() {
        for (Channelbag b : channelbags()) {
            for (FCurve c : b.fcurves()) {
                if (c.size() > 0 || !c.modifiers().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A detached deep copy named {@code newName} with no users (Blender's {@code BKE_id_copy}):
     * groups, curves with keys and modifiers, pose markers, slots.
     */
    public Action copy(String newName) {
        Action a = new Action(newName);
        a.idRoot = idRoot;
        a.useFrameRange = useFrameRange;
        a.useCyclic = useCyclic;
        a.frameStart = frameStart;
        a.frameEnd = frameEnd;
        for (Marker m : poseMarkers) {
            a.poseMarkers.add(new Marker(m.name(), m.frame()).setSelect(m.select()));
        }
        a.poseMarkersActiveIndex = poseMarkersActiveIndex;
        a.layered = layered;
        a.lastSlotHandle = lastSlotHandle;
        if (!layered) {
            a.legacy = copyBag(legacy);
        }
        for (ActionSlot s : slots) {
            ActionSlot c = new ActionSlot(s.handle(), s.identifier());
            c.setSelect(s.select()).setActive(s.active());
            c.setChannelbag(copyBag(s.channelbag()));
            a.slots.add(c);
        }
        return a;
    }

    private static Channelbag copyBag(Channelbag src) {
        Channelbag dst = new Channelbag();
        for (ActionGroup g : src.groups()) {
            dst.addGroup(new ActionGroup(g.name()).setSelect(g.select()).setActive(g.active()).setLock(g.lock())
                    .setMute(g.mute()).setShowExpanded(g.showExpanded()).setShowExpandedGraph(g.showExpandedGraph())
                    .setUsePin(g.usePin()));
        }
        for (FCurve c : src.fcurves()) {
            FCurve copy = c.copy(false);
            ActionGroup g = c.group() == null ? null : dst.group(c.group().name());
            copy.setGroupDirect(g);
            dst.addFcurve(copy);
        }
        return dst;
    }

    @Override
    List<? extends ModelNode> children() {
        List<ModelNode> all = new ArrayList<>(poseMarkers);
        all.add(legacy);
        all.addAll(slots);
        return all;
    }

    @Override
    Object snapshot() {
        return new Object[] {name, users, useFakeUser, idRoot, useFrameRange, useCyclic, frameStart, frameEnd,
            new ArrayList<>(poseMarkers), poseMarkersActiveIndex, layered, legacy, new ArrayList<>(slots),
            lastSlotHandle};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        users = (Integer) s[1];
        useFakeUser = (Boolean) s[2];
        idRoot = (String) s[3];
        useFrameRange = (Boolean) s[4];
        useCyclic = (Boolean) s[5];
        frameStart = (Float) s[6];
        frameEnd = (Float) s[7];
        poseMarkers = new ArrayList<>((List<Marker>) s[8]);
        poseMarkersActiveIndex = (Integer) s[9];
        layered = (Boolean) s[10];
        legacy = (Channelbag) s[11];
        slots = new ArrayList<>((List<ActionSlot>) s[12]);
        lastSlotHandle = (Integer) s[13];
    }

    @Override
    public String toString() {
        return "Action " + name;
    }
}
