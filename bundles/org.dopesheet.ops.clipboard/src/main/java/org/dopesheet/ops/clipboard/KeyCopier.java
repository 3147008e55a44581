package org.dopesheet.ops.clipboard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dopesheet.anim.BezTriple;
import org.dopesheet.anim.Keyframes;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelType;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.ObjectType;
import org.dopesheet.model.SceneObject;

/**
 * Fills the copy/paste buffer from a channel list (Blender's {@code copy_animedit_keys}, spec
 * 2.7 and 3.4): one item per curve that has a qualifying key, in channel order, holding copies of
 * the qualifying keys (action time, all three flags selected so that pasted keys come out
 * selected), plus the smallest and largest copied frame and the current frame.
 */
final class KeyCopier {
    /** ID type code of objects, the only owners of F-Curves the model has. */
    static final String OBJECT_ID_TYPE = "OB";

    private KeyCopier() {
    }

    /**
     * The buffer content copied from {@code channels} (F-Curve channels; other rows are skipped),
     * or {@link Content#EMPTY} when no curve had a qualifying key.
     */
    static Content copy(List<Channel> channels, int currentFrame, Behaviour behaviour) {
        List<Item> items = new ArrayList<>();
        float first = Float.POSITIVE_INFINITY;
        float last = Float.NEGATIVE_INFINITY;
        for (Channel ch : channels) {
            if (ch.type() != ChannelType.FCURVE) {
                continue;
            }
            FCurve src = ch.fcurve();
            FCurve keys = new FCurve(src.dataPath(), src.arrayIndex());
            if (behaviour.bufferKeysInsertedByFrame()) {
                for (int i = 0; i < src.size(); i++) {
                    if (!behaviour.keyQualifiesForCopy(src, i)) {
                        continue;
                    }
                    addKey(keys, src, i, behaviour);
                    float f = src.x(i);
                    first = first < f ? first : f;
                    last = last > f ? last : f;
                }
            } else {
                // appended in array order: all qualifying keys copied in one pass, then selected;
                // first/last as Blender's min_ff/max_ff, over the columns
                FCurve.Columns k = src.columns();
                final byte[] flags = k.flags;
                final float[] x = k.x;
                final int qualifies = behaviour.copyFlags();
                int[] copied = new int[k.size];
                int count = 0;
                for (int i = 0; i < k.size; i++) {
                    if ((flags[i] & qualifies) != 0) {
                        copied[count++] = i;
                        float f = x[i];
                        first = first < f ? first : f;
                        last = last > f ? last : f;
                    }
                }
                keys.insertKeys(new int[count], count, src, copied);
                keys.setSelectedAll(true);
            }
            if (keys.size() == 0) {
                continue;
            }
            SceneObject owner = ch.object();
            items.add(new Item(owner == null ? null : owner.name(), owner == null ? null : OBJECT_ID_TYPE,
                    src.group() == null ? null : src.group().name(), src.dataPath(), src.arrayIndex(),
                    isBone(owner, src.dataPath()), Slots.identifier(ch), keys));
        }
        if (items.isEmpty()) {
            return Content.EMPTY;
        }
        return new Content(items, first, last, currentFrame);
    }

    private static void addKey(FCurve keys, FCurve src, int i, Behaviour behaviour) {
        if (behaviour.bufferKeysInsertedByFrame()) {
            BezTriple b = BezTriple.read(src, i);
            b.selectLeft = b.select = b.selectRight = true;
            Keyframes.insertBezt(keys, b, EnumSet.of(Keyframes.InsertFlag.OVERWRITE_FULL));
        } else {
            int k = keys.addKey(src.x(i), src.y(i));
            keys.copyKey(src, i, k);
            keys.setSelected(k, true);
        }
    }

    /**
     * Whether a curve of {@code owner} at {@code path} animates a bone: the owner is an armature
     * and the path's {@code pose.bones["NAME"]} names one of its bones. Decided at copy time, as
     * Blender does, because the owner may be gone when pasting.
     */
    static boolean isBone(SceneObject owner, String path) {
        if (owner == null || owner.type() != ObjectType.ARMATURE) {
            return false;
        }
        String bone = BoneNames.boneName(path);
        return bone != null && owner.bone(bone) != null;
    }
}
