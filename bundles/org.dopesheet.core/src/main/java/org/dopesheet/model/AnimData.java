package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Animation data of an object: the assigned action (and slot), how it blends, the NLA tracks
 * (bottom to top) and the NLA tweak-mode state.
 */
public final class AnimData extends ModelNode {
    private Action action;
    private int slotHandle;
    private String lastSlotIdentifier = "";
    private NlaExtrapolation actionExtrapolation = NlaExtrapolation.HOLD;
    private BlendType actionBlendType = BlendType.REPLACE;
    private float actionInfluence = 1f;
    private boolean useNla = true, useTweakMode, nlaSolo, uiSelected, uiActive;
    private Action tweakStoredAction;
    private NlaTrack activeTrack;
    private NlaStrip activeStrip;
    private ArrayList<NlaTrack> tracks = new ArrayList<>();

    /** The assigned (active) action, or null. In tweak mode, the tweaked strip's action. */
    public Action action() {
        return action;
    }

    /** Sets the action reference only; user counting is the caller's. */
    public AnimData setAction(Action v) {
        changing();
        action = v;
        return this;
    }

    /** Handle of the assigned slot of a layered action (0: none). */
    public int slotHandle() {
        return slotHandle;
    }

    public AnimData setSlotHandle(int v) {
        changing();
        slotHandle = v;
        return this;
    }

    /** Identifier of the last assigned slot, used to find a slot again on re-assignment. */
    public String lastSlotIdentifier() {
        return lastSlotIdentifier;
    }

    public AnimData setLastSlotIdentifier(String v) {
        changing();
        lastSlotIdentifier = v;
        return this;
    }

    /** The channel bag the object is animated by through its action, or null. */
    public Channelbag channelbag() {
        return action == null ? null : action.channelbag(slotHandle);
    }

    public NlaExtrapolation actionExtrapolation() {
        return actionExtrapolation;
    }

    public AnimData setActionExtrapolation(NlaExtrapolation v) {
        changing();
        actionExtrapolation = v;
        return this;
    }

    public BlendType actionBlendType() {
        return actionBlendType;
    }

    public AnimData setActionBlendType(BlendType v) {
        changing();
        actionBlendType = v;
        return this;
    }

    public float actionInfluence() {
        return actionInfluence;
    }

    public AnimData setActionInfluence(float v) {
        changing();
        actionInfluence = v;
        return this;
    }

    public boolean useNla() {
        return useNla;
    }

    public AnimData setUseNla(boolean v) {
        changing();
        useNla = v;
        return this;
    }

    /** NLA tweak mode on (ADT_NLA_EDIT_ON). */
    public boolean useTweakMode() {
        return useTweakMode;
    }

    public AnimData setUseTweakMode(boolean v) {
        changing();
        useTweakMode = v;
        return this;
    }

    /** The real active action parked while tweaking ({@code AnimData.tmpact}). */
    public Action tweakStoredAction() {
        return tweakStoredAction;
    }

    public AnimData setTweakStoredAction(Action v) {
        changing();
        tweakStoredAction = v;
        return this;
    }

    /** {@code AnimData.act_track}: the track being tweaked / the active track, or null. */
    public NlaTrack activeTrack() {
        return activeTrack;
    }

    public AnimData setActiveTrack(NlaTrack v) {
        changing();
        activeTrack = v;
        return this;
    }

    /** {@code AnimData.actstrip}: the strip being tweaked, or null. */
    public NlaStrip activeStrip() {
        return activeStrip;
    }

    public AnimData setActiveStrip(NlaStrip v) {
        changing();
        activeStrip = v;
        return this;
    }

    /** ADT_NLA_SOLO_TRACK. */
    public boolean nlaSolo() {
        return nlaSolo;
    }

    public AnimData setNlaSolo(boolean v) {
        changing();
        nlaSolo = v;
        return this;
    }

    /** ADT_UI_SELECTED: the "action" row of the Dope Sheet is selected. */
    public boolean uiSelected() {
        return uiSelected;
    }

    public AnimData setUiSelected(boolean v) {
        changing();
        uiSelected = v;
        return this;
    }

    /** ADT_UI_ACTIVE. */
    public boolean uiActive() {
        return uiActive;
    }

    public AnimData setUiActive(boolean v) {
        changing();
        uiActive = v;
        return this;
    }

    /** NLA tracks, bottom to top. */
    public List<NlaTrack> tracks() {
        return Collections.unmodifiableList(tracks);
    }

    /** Inserts a track at {@code index} (-1: top). */
    public NlaTrack addTrack(int index, NlaTrack t) {
        changing();
        tracks.add(index < 0 ? tracks.size() : index, adopt(t));
        return t;
    }

    public boolean removeTrack(NlaTrack t) {
        int i = indexOfTrack(t);
        if (i < 0) {
            return false;
        }
        changing();
        tracks.remove(i);
        return true;
    }

    public int indexOfTrack(NlaTrack t) {
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i) == t) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The strip being tweaked when NLA time mapping applies (tweak mode on an action clip), else
     * null. Keys of the tweaked action are stored in action time and shown in scene time
     * through it.
     */
    public NlaStrip tweakMappingStrip() {
        if (!useTweakMode || activeStrip == null || activeStrip.type() != StripType.CLIP) {
            return null;
        }
        return activeStrip;
    }

    @Override
    List<? extends ModelNode> children() {
        return tracks;
    }

    @Override
    Object snapshot() {
        return new Object[] {action, slotHandle, lastSlotIdentifier, actionExtrapolation, actionBlendType,
            actionInfluence, useNla, useTweakMode, nlaSolo, uiSelected, uiActive, tweakStoredAction, activeTrack,
            activeStrip, new ArrayList<>(tracks)};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        action = (Action) s[0];
        slotHandle = (Integer) s[1];
        lastSlotIdentifier = (String) s[2];
        actionExtrapolation = (NlaExtrapolation) s[3];
        actionBlendType = (BlendType) s[4];
        actionInfluence = (Float) s[5];
        useNla = (Boolean) s[6];
        useTweakMode = (Boolean) s[7];
        nlaSolo = (Boolean) s[8];
        uiSelected = (Boolean) s[9];
        uiActive = (Boolean) s[10];
        tweakStoredAction = (Action) s[11];
        activeTrack = (NlaTrack) s[12];
        activeStrip = (NlaStrip) s[13];
        tracks = new ArrayList<>((List<NlaTrack>) s[14]);
    }
}
