package org.dopesheet.ops.clipboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dopesheet.anim.AnimatableProperties;
import org.dopesheet.context.Channel;
import org.dopesheet.edit.CurveMapping;
import org.dopesheet.edit.CurveTasks;
import org.dopesheet.edit.KeyframeClipboard.Content;
import org.dopesheet.edit.KeyframeClipboard.Item;
import org.dopesheet.model.ActionSlot;
import org.dopesheet.model.Document;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.NlaStrip;
import org.dopesheet.model.SceneObject;

/**
 * Pastes the buffer into target curves (Blender's {@code paste_animedit_keys}, spec 3.20).
 * <p>
 * One buffer item into one target curve is pasted without any matching, and without flipping.
 * Otherwise up to three passes run, each visiting every target in channel order and taking the
 * first buffer item (in buffer order) its rule accepts; the first pass that pasted into at least
 * one curve is the last:
 * <ol>
 * <li>{@link Pass#PATH full path}: same RNA path (any path when there is one target) and the same
 * array index (any when there is one item); with {@code flipped}, a bone item is compared only
 * by its mirrored path;</li>
 * <li>{@link Pass#PROPERTY property name}: the item's path resolved on its owner names a
 * property whose identifier ends the target's path; same index rule;</li>
 * <li>{@link Pass#INDEX index only}: the index rule alone.</li>
 * </ol>
 * [cur] The current Blender first narrows the items a target may take by action slot (see
 * {@link SlotMatch}). A legacy action counts as one slot without identifier: the current
 * Blender converts every legacy action into a slotted one with the same identifier
 * ("Legacy Slot"), so keys copied from several legacy actions match by that shared identifier.
 * Targets in NLA tweak mode are pasted into in scene time.
 * <p>
 * Pass 2 resolves an item's path on its owner, which Blender keeps as an ID pointer of the one
 * Main database; the buffer keeps the owner's name, looked up in the document pasted into. An
 * owner that is gone (removed, or copied from another document that has no object of that name)
 * makes pass 2 skip the item, as Blender does when the ID was removed.
 */
final class KeyPaster {

    /** The matching passes, from strict to loose. */
    enum Pass {
        /** Exact RNA path (or mirrored path) and array index. */
        PATH,
        /** Property identifier as a suffix of the target path, and array index. */
        PROPERTY,
        /** Array index only. */
        INDEX
    }

    /**
     * How the current Blender restricts the buffer items a target may take by action slot
     * ({@code SlotMatchMethod}).
     */
    enum SlotMatch {
        /** Slots do not matter. */
        NONE,
        /** Only items copied from a slot with the target's slot identifier. */
        IDENTIFIER,
        /** Only targets in selected slots take items (any slot). */
        SELECTION,
        /** Only targets in selected slots, and only items from a slot with their identifier. */
        SELECTION_AND_IDENTIFIER
    }

    private final Document document;
    private final Content content;
    private final List<Channel> targets;
    private final PasteTargets counts;
    private final Behaviour behaviour;
    private final boolean fromSingle;
    private final boolean toSingle;
    /** Buffer items grouped by the slot they were copied from, in buffer order. */
    private final Map<List<String>, List<Item>> slotGroups = new LinkedHashMap<>();

    /**
     * A paste of {@code content} into {@code targets.curves()} of {@code document} (the document
     * in which pass 2 resolves the items' owners by name).
     */
    KeyPaster(Document document, Content content, PasteTargets targets, Behaviour behaviour) {
        this.document = document;
        this.content = content;
        this.targets = targets.curves();
        this.counts = targets;
        this.behaviour = behaviour;
        this.fromSingle = content.items().size() == 1;
        this.toSingle = this.targets.size() == 1;
        for (Item item : content.items()) {
            slotGroups.computeIfAbsent(slotKey(item), k -> new ArrayList<>()).add(item);
        }
    }

    /**
     * Pastes with {@code offset} frames, merging by {@code merge} and mirroring bone curves when
     * {@code flip}; returns the target channels to update (sort and recalculate handles) as
     * Blender tags them.
     */
    List<Channel> paste(float offset, PasteMerge merge, boolean flip) {
        if (fromSingle && toSingle) {
            Channel ch = targets.get(0);
            NlaStrip strip = behaviour.nlaMappingInOneToOnePaste() ? ch.nlaStrip() : null;
            pasteInto(ch, strip, content.items().get(0), offset, merge, false);
            return targets;
        }
        SlotMatch slotMatch = behaviour.slotAwareMatching() ? slotMatch() : SlotMatch.NONE;
        List<Channel> matched = new ArrayList<>();
        List<Item> matchedItems = new ArrayList<>();
        Map<FCurve, Item> items = new IdentityHashMap<>();
        for (Pass pass : Pass.values()) {
            for (Channel ch : targets) {
                Item item = find(pass, ch, slotMatch, flip);
                if (item != null) {
                    matched.add(ch);
                    matchedItems.add(item);
                    items.put(ch.fcurve(), item);
                }
            }
            if (!matched.isEmpty()) {
                break;
            }
        }
        // matching reads no key, so the pastes can follow it; each target (listed once) takes one
        // item and is changed by it when either has keys, on its own
        List<FCurve> curves = new ArrayList<>();
        Map<FCurve, Channel> channels = new IdentityHashMap<>();
        for (Channel ch : matched) {
            curves.add(ch.fcurve());
            channels.put(ch.fcurve(), ch);
        }
        if (items.size() != matched.size()) {
            for (int i = 0; i < matched.size(); i++) {
                Channel ch = matched.get(i);
                pasteInto(ch, ch.nlaStrip(), matchedItems.get(i), offset, merge, flip);
            }
        } else {
            CurveTasks.forEach(curves, c -> c.size() > 0 || items.get(c).keys().size() > 0, c -> {
                Channel ch = channels.get(c);
                pasteInto(ch, ch.nlaStrip(), items.get(c), offset, merge, flip);
            });
        }
        return behaviour.updateUnmatchedTargets() ? targets : matched;
    }

    private void pasteInto(Channel ch, NlaStrip strip, Item item, float offset, PasteMerge merge, boolean flip) {
        CurveMapping.apply(strip, ch.fcurve(), false, false);
        CurvePaste.paste(ch.fcurve(), item, content, offset, merge, flip);
        CurveMapping.apply(strip, ch.fcurve(), true, false);
    }

    /** The first buffer item that pass {@code pass} accepts for the target, or null. */
    Item find(Pass pass, Channel target, SlotMatch slotMatch, boolean flip) {
        for (Item item : candidates(target, slotMatch)) {
            if (accepts(pass, item, target, flip)) {
                return item;
            }
        }
        return null;
    }

    /** Whether pass {@code pass} accepts {@code item} for {@code target}. */
    boolean accepts(Pass pass, Item item, Channel target, boolean flip) {
        String path = target.fcurve().dataPath();
        boolean indexOk = fromSingle || item.arrayIndex() == target.fcurve().arrayIndex();
        if (!indexOk) {
            return false;
        }
        switch (pass) {
            case PATH:
                if (!toSingle && flip && item.isBone()) {
                    return path.equals(BoneNames.flipPath(item.dataPath()));
                }
                return toSingle || path.equals(item.dataPath());
            case PROPERTY: {
                String identifier = propertyIdentifier(item);
                return identifier != null && path.endsWith(identifier);
            }
            default:
                return true;
        }
    }

    /**
     * The RNA identifier of the property the item's path names, resolved on the item's owner
     * (looked up by name in the document pasted into); null when the owner is gone or the path
     * does not resolve on it.
     */
    private String propertyIdentifier(Item item) {
        if (item.owner() == null || !KeyCopier.OBJECT_ID_TYPE.equals(item.ownerType())) {
            return null;
        }
        SceneObject owner = document.object(item.owner());
        if (owner == null) {
            return null;
        }
        AnimatableProperties.Property p = AnimatableProperties.lookup(owner, item.dataPath());
        return p == null ? null : p.name();
    }

    /**
     * [cur] How slots restrict matching ({@code get_slot_match_method}): with no curve selected
     * (the paste fell back to all curves), by slot identifier when no slot is selected, else by
     * slot selection (and identifier when the buffer holds several slots); with one target, not
     * at all; otherwise by identifier when the buffer holds several slots.
     */
    SlotMatch slotMatch() {
        if (counts.selectedCurves() == 0) {
            if (counts.selectedSlots() == 0) {
                return SlotMatch.IDENTIFIER;
            }
            return slotGroups.size() == 1 ? SlotMatch.SELECTION : SlotMatch.SELECTION_AND_IDENTIFIER;
        }
        if (toSingle) {
            return SlotMatch.NONE;
        }
        return slotGroups.size() > 1 ? SlotMatch.IDENTIFIER : SlotMatch.NONE;
    }

    /** The buffer items a target may take under {@code slotMatch}, in buffer order. */
    private List<Item> candidates(Channel target, SlotMatch slotMatch) {
        if (slotMatch == SlotMatch.NONE) {
            return content.items();
        }
        ActionSlot slot = Slots.of(target);
        if ((slotMatch == SlotMatch.SELECTION || slotMatch == SlotMatch.SELECTION_AND_IDENTIFIER)
                && (slot == null || !slot.select())) {
            return List.of();
        }
        if (slotMatch == SlotMatch.SELECTION) {
            return content.items();
        }
        String identifier = slot == null ? null : slot.identifier();
        for (Map.Entry<List<String>, List<Item>> group : slotGroups.entrySet()) {
            if (Objects.equals(group.getKey().get(1), identifier)) {
                return group.getValue();
            }
        }
        return List.of();
    }

    /**
     * The buffer slot an item was copied from. Blender keys it by (action, slot); within one copy
     * that is (owner, slot identifier), since the channel list holds each action's curves once
     * (NODUPLIS) under the first object using it.
     */
    private static List<String> slotKey(Item item) {
        return Arrays.asList(item.owner(), item.slotIdentifier());
    }
}
