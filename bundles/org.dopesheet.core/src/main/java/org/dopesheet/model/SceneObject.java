package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An object of the scene: name, type, selection, armature bones, the current values of its
 * animated properties, and its animation data.
 */
public final class SceneObject extends ModelNode {
    private String name;
    private ObjectType type;
    private boolean select;
    private ArrayList<Bone> bones = new ArrayList<>();
    private List<PropertyValue> properties = List.of();
    private AnimData animationData;

    public SceneObject(String name, ObjectType type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public SceneObject setName(String v) {
        changing();
        name = v;
        return this;
    }

    public ObjectType type() {
        return type;
    }

    public SceneObject setType(ObjectType v) {
        changing();
        type = v;
        return this;
    }

    /** Object selected in the view layer. */
    public boolean select() {
        return select;
    }

    public SceneObject setSelect(boolean v) {
        changing();
        select = v;
        return this;
    }

    /** Bones (armatures only), in list order. */
    public List<Bone> bones() {
        return Collections.unmodifiableList(bones);
    }

    public Bone addBone(Bone b) {
        changing();
        bones.add(adopt(b));
        return b;
    }

    /** The bone with this name, or null. */
    public Bone bone(String boneName) {
        for (Bone b : bones) {
            if (b.name().equals(boneName)) {
                return b;
            }
        }
        return null;
    }

    /** Current values of the animated properties (immutable list, in order). */
    public List<PropertyValue> properties() {
        return properties;
    }

    /** Replaces the whole list of property values. */
    public SceneObject setProperties(List<PropertyValue> values) {
        changing();
        properties = List.copyOf(values);
        return this;
    }

    /** The current value of {@code dataPath[index]}, or null when not recorded. */
    public PropertyValue property(String dataPath, int index) {
        for (PropertyValue p : properties) {
            if (p.arrayIndex() == index && p.dataPath().equals(dataPath)) {
                return p;
            }
        }
        return null;
    }

    /** Sets one property value, replacing the entry or appending one. */
    public SceneObject setProperty(String dataPath, int index, float value) {
        List<PropertyValue> copy = new ArrayList<>(properties);
        boolean found = false;
        for (int i = 0; i < copy.size(); i++) {
            PropertyValue p = copy.get(i);
            if (p.arrayIndex() == index && p.dataPath().equals(dataPath)) {
                copy.set(i, new PropertyValue(dataPath, index, value));
                found = true;
                break;
            }
        }
        if (!found) {
            copy.add(new PropertyValue(dataPath, index, value));
        }
        return setProperties(copy);
    }

    /** Animation data, or null. */
    public AnimData animationData() {
        return animationData;
    }

    /** The animation data, created when missing. */
    public AnimData ensureAnimationData() {
        if (animationData == null) {
            setAnimationData(new AnimData());
        }
        return animationData;
    }

    public SceneObject setAnimationData(AnimData v) {
        changing();
        animationData = v == null ? null : adopt(v);
        return this;
    }

    @Override
    List<? extends ModelNode> children() {
        List<ModelNode> all = new ArrayList<>(bones);
        if (animationData != null) {
            all.add(animationData);
        }
        return all;
    }

    @Override
    Object snapshot() {
        return new Object[] {name, type, select, new ArrayList<>(bones), properties, animationData};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        type = (ObjectType) s[1];
        select = (Boolean) s[2];
        bones = new ArrayList<>((List<Bone>) s[3]);
        properties = (List<PropertyValue>) s[4];
        animationData = (AnimData) s[5];
    }

    @Override
    public String toString() {
        return "Object " + name;
    }
}
