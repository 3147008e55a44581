package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An NLA track (bottom to top in its animation data's list) and its strips ordered by time.
 */
public final class NlaTrack extends ModelNode {
    private String name = "NlaTrack";
    private boolean select;
    private boolean mute;
    private boolean lock;
    private boolean isSolo;
    private boolean active;
    private boolean disabled;
    private ArrayList<NlaStrip> strips = new ArrayList<>();

    /** A new track. */
    public NlaTrack(String name) {
        this.name = name;
    }

    /** track name */
    public String name() {
        return name;
    }

    /** Sets: track name */
    public NlaTrack setName(String name) {
        changing();
        this.name = name;
        return this;
    }

    /** selected */
    public boolean select() {
        return select;
    }

    /** Sets: selected */
    public NlaTrack setSelect(boolean select) {
        changing();
        this.select = select;
        return this;
    }

    /** muted */
    public boolean mute() {
        return mute;
    }

    /** Sets: muted */
    public NlaTrack setMute(boolean mute) {
        changing();
        this.mute = mute;
        return this;
    }

    /** protected */
    public boolean lock() {
        return lock;
    }

    /** Sets: protected */
    public NlaTrack setLock(boolean lock) {
        changing();
        this.lock = lock;
        return this;
    }

    /** solo track */
    public boolean isSolo() {
        return isSolo;
    }

    /** Sets: solo track */
    public NlaTrack setIsSolo(boolean isSolo) {
        changing();
        this.isSolo = isSolo;
        return this;
    }

    /** active track */
    public boolean active() {
        return active;
    }

    /** Sets: active track */
    public NlaTrack setActive(boolean active) {
        changing();
        this.active = active;
        return this;
    }

    /** NLATRACK_DISABLED (tracks above the tweaked one) */
    public boolean disabled() {
        return disabled;
    }

    /** Sets: NLATRACK_DISABLED (tracks above the tweaked one) */
    public NlaTrack setDisabled(boolean disabled) {
        changing();
        this.disabled = disabled;
        return this;
    }

    /** strips ordered by time (read-only view, in order). */
    public List<NlaStrip> strips() {
        return Collections.unmodifiableList(strips);
    }

    /** Inserts at {@code index} ({@code -1} or the size: append). Returns the element. */
    public NlaStrip addStrip(int index, NlaStrip e) {
        changing();
        strips.add(index < 0 ? strips.size() : index, adopt(e));
        return e;
    }

    /** Appends. Returns the element. */
    public NlaStrip addStrip(NlaStrip e) {
        return addStrip(-1, e);
    }

    /** Removes the element (by identity); returns whether it was present. */
    public boolean removeStrip(NlaStrip e) {
        int i = indexOfStrip(e);
        if (i < 0) {
            return false;
        }
        changing();
        strips.remove(i);
        return true;
    }

    /** Index by identity, or -1. */
    public int indexOfStrip(NlaStrip e) {
        for (int i = 0; i < strips.size(); i++) {
            if (strips.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the element at {@code from} to {@code to}. */
    public void moveStrip(int from, int to) {
        changing();
        strips.add(to, strips.remove(from));
    }


    @Override
    List<? extends ModelNode> children() {
        return strips;
    }

    @Override
    Object snapshot() {
        return new Object[] {name, select, mute, lock, isSolo, active, disabled, new ArrayList<>(strips)};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        select = (Boolean) s[1];
        mute = (Boolean) s[2];
        lock = (Boolean) s[3];
        isSolo = (Boolean) s[4];
        active = (Boolean) s[5];
        disabled = (Boolean) s[6];
        strips = new ArrayList<>((List<NlaStrip>) s[7]);
    }
}
