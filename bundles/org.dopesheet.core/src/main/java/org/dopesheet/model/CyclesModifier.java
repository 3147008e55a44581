package org.dopesheet.model;

/**
 * The Cycles modifier: repeats the keyed range before and after it (spec 4.9). Created with both
 * modes REPEAT and both counts 0 (infinite), as Blender creates it.
 */
public final class CyclesModifier extends FModifier {
    public static final String TYPE = "CYCLES";
    private CyclesMode modeBefore = CyclesMode.REPEAT, modeAfter = CyclesMode.REPEAT;
    private int cyclesBefore, cyclesAfter;

    @Override
    public String type() {
        return TYPE;
    }

    public CyclesMode modeBefore() {
        return modeBefore;
    }

    public CyclesModifier setModeBefore(CyclesMode v) {
        changing();
        modeBefore = v;
        return this;
    }

    public CyclesMode modeAfter() {
        return modeAfter;
    }

    public CyclesModifier setModeAfter(CyclesMode v) {
        changing();
        modeAfter = v;
        return this;
    }

    /** Number of cycles before the range (0: infinite). */
    public int cyclesBefore() {
        return cyclesBefore;
    }

    public CyclesModifier setCyclesBefore(int v) {
        changing();
        cyclesBefore = v;
        return this;
    }

    /** Number of cycles after the range (0: infinite). */
    public int cyclesAfter() {
        return cyclesAfter;
    }

    public CyclesModifier setCyclesAfter(int v) {
        changing();
        cyclesAfter = v;
        return this;
    }

    @Override
    public CyclesModifier copy() {
        CyclesModifier c = copyCommonInto(new CyclesModifier());
        c.modeBefore = modeBefore;
        c.modeAfter = modeAfter;
        c.cyclesBefore = cyclesBefore;
        c.cyclesAfter = cyclesAfter;
        return c;
    }

    @Override
    Object ownState() {
        return new Object[] {modeBefore, modeAfter, cyclesBefore, cyclesAfter};
    }

    @Override
    void restoreOwnState(Object state) {
        Object[] s = (Object[]) state;
        modeBefore = (CyclesMode) s[0];
        modeAfter = (CyclesMode) s[1];
        cyclesBefore = (Integer) s[2];
        cyclesAfter = (Integer) s[3];
    }
}
