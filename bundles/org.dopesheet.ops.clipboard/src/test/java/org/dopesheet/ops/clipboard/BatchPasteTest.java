package org.dopesheet.ops.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.dopesheet.anim.Handles;
import org.dopesheet.context.Channel;
import org.dopesheet.context.ChannelType;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.HandleType;
import org.dopesheet.model.Interpolation;
import org.dopesheet.model.KeyframeType;
import org.junit.jupiter.api.Test;

/**
 * The one-pass forms of copy (3.4: keys appended in array order) and paste (the
 * {@code insert_bezt_fcurve} loop) give bit-identical curves to the key-by-key loops.
 */
class BatchPasteTest {

    static String dump(FCurve c) {
        StringBuilder sb = new StringBuilder("active " + c.activeKeyframeIndex() + "\n");
        for (int i = 0; i < c.size(); i++) {
            sb.append(Float.floatToRawIntBits(c.x(i))).append(' ').append(Float.floatToRawIntBits(c.y(i))).append(' ')
                    .append(Float.floatToRawIntBits(c.leftX(i))).append(' ').append(Float.floatToRawIntBits(c.leftY(i)))
                    .append(' ').append(Float.floatToRawIntBits(c.rightX(i))).append(' ')
                    .append(Float.floatToRawIntBits(c.rightY(i))).append(' ').append(c.interpolation(i)).append(' ')
                    .append(c.handleLeft(i)).append(' ').append(c.handleRight(i)).append(' ').append(c.easing(i))
                    .append(' ').append(c.keyType(i)).append(' ').append(c.back(i)).append(' ').append(c.amplitude(i))
                    .append(' ').append(c.period(i)).append(' ').append(c.selected(i)).append(c.leftSelected(i))
                    .append(c.rightSelected(i)).append(c.autoHandleLocked(i)).append('\n');
        }
        return sb.toString();
    }

    private static FCurve curve(SplittableRandom r, int n, double minStep) {
        FCurve c = new FCurve("location", 0);
        float x = (float) r.nextDouble(-10, 10);
        HandleType[] types = HandleType.values();
        for (int i = 0; i < n; i++) {
            x += (float) (r.nextInt(3) == 0 ? 1 + r.nextInt(3) : r.nextDouble(minStep, 3));
            int k = c.addKey(x, (float) r.nextDouble(-3, 3));
            c.setInterpolation(k, Interpolation.values()[r.nextInt(Interpolation.values().length)]);
            c.setHandleLeft(k, types[r.nextInt(types.length)]);
            c.setHandleRight(k, types[r.nextInt(types.length)]);
            c.setKeyType(k, KeyframeType.values()[r.nextInt(KeyframeType.values().length)]);
            c.setSelection(k, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
            c.setAutoHandleLocked(k, r.nextBoolean());
        }
        Handles.recalculate(c);
        return c;
    }

    @Test
    void pasteMatchesTheKeyByKeyLoop() {
        SplittableRandom r = new SplittableRandom(31);
        int batched = 0;
        for (int round = 0; round < 400; round++) {
            FCurve target = curve(r, r.nextInt(25), r.nextInt(4) == 0 ? 0.001 : 0.05);
            FCurve buffered = curve(r, 1 + r.nextInt(25), r.nextInt(4) == 0 ? 0.001 : 0.05);
            Item item = new Item("Cube", "OB", null, "pose.bones[\"a.L\"].location", 0, r.nextBoolean(), null,
                    buffered);
            Content content = new Content(List.of(item), buffered.x(0), buffered.x(buffered.size() - 1), 1);
            // whole, fractional and zero offsets: pasted keys land on, near and between target keys
            float offset = r.nextInt(3) == 0 ? 0 : r.nextBoolean() ? r.nextInt(20) - 10 : (float) r.nextDouble(-10, 10);
            PasteMerge merge = PasteMerge.values()[r.nextInt(PasteMerge.values().length)];
            boolean flip = r.nextBoolean();
            FCurve a = target.copy(false);
            FCurve b = target.copy(false);
            FCurve probe = target.copy(false);
            CurvePaste.paste(a, item, content, offset, merge, flip, true);
            CurvePaste.paste(b, item, content, offset, merge, flip, false);
            assertEquals(dump(b), dump(a), "round " + round);
            batched += CurvePaste.insertAll(probe, buffered, offset, false) ? 1 : 0;
        }
        assertTrue(batched > 150, "the batch path ran in " + batched + " rounds");
    }

    @Test
    void copyMatchesTheKeyByKeyLoop() {
        SplittableRandom r = new SplittableRandom(37);
        for (int round = 0; round < 100; round++) {
            FCurve src = curve(r, r.nextInt(30), 0.05);
            Channel ch = new Channel(ChannelType.FCURVE, null, null, null, null, null, src);
            Content batch = KeyCopier.copy(List.of(ch), 7, Behaviour.BLENDER_3_4);
            FCurve expected = new FCurve(src.dataPath(), src.arrayIndex());
            for (int i = 0; i < src.size(); i++) {
                if (src.anySelected(i)) {
                    int k = expected.addKey(src.x(i), src.y(i));
                    expected.copyKey(src, i, k);
                    expected.setSelected(k, true);
                }
            }
            if (expected.size() == 0) {
                assertTrue(batch.isEmpty());
                continue;
            }
            assertEquals(dump(expected), dump(batch.items().get(0).keys()), "round " + round);
        }
    }
}
