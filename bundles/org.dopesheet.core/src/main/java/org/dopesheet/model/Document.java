package org.dopesheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A dope sheet document: one scene with its objects, the actions of the file (sorted by name, as
 * Blender keeps {@code bpy.data.actions}), the user preferences operators read, the editor state,
 * and the Blender behaviour profile operators follow.
 * <p>
 * Every node added to the document reports changes to the document's {@link #changes() tracker}.
 * The document is not thread-safe: whoever edits it holds {@link #lock()} (the operator registry
 * does around every invocation).
 */
public final class Document extends ModelNode {
    private final ChangeTracker changes = new ChangeTracker();
    private final ReentrantLock lock = new ReentrantLock();
    private String name;
    private BehaviourProfile profile = BehaviourProfile.CURRENT;
    private Scene scene = new Scene();
    private Preferences preferences = new Preferences();
    private EditorState editor = new EditorState();
    private ArrayList<SceneObject> objects = new ArrayList<>();
    private ArrayList<Action> actions = new ArrayList<>();
    private SceneObject activeObject;

    /** An empty document with factory-default scene, preferences and editor. */
    public Document(String name) {
        this.name = name;
        attach(changes);
    }

    /** The change tracker of this document. */
    public ChangeTracker changes() {
        return changes;
    }

    /** The lock that serialises edits of this document. */
    public ReentrantLock lock() {
        return lock;
    }

    public String name() {
        return name;
    }

    public Document setName(String v) {
        changing();
        name = v;
        return this;
    }

    /** Blender behaviour profile; saved with the document. */
    public BehaviourProfile profile() {
        return profile;
    }

    public Document setProfile(BehaviourProfile v) {
        changing();
        profile = v;
        return this;
    }

    public Scene scene() {
        return scene;
    }

    public Preferences preferences() {
        return preferences;
    }

    public EditorState editor() {
        return editor;
    }

    /** Objects in view-layer order (creation order). */
    public List<SceneObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    public SceneObject addObject(SceneObject o) {
        if (object(o.name()) != null) {
            throw new IllegalArgumentException("an object named '" + o.name() + "' exists already");
        }
        changing();
        objects.add(adopt(o));
        return o;
    }

    public boolean removeObject(SceneObject o) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) == o) {
                changing();
                objects.remove(i);
                if (activeObject == o) {
                    activeObject = null;
                }
                return true;
            }
        }
        return false;
    }

    /** The object with this name, or null. */
    public SceneObject object(String objectName) {
        for (SceneObject o : objects) {
            if (o.name().equals(objectName)) {
                return o;
            }
        }
        return null;
    }

    /** The active object of the view layer, or null. */
    public SceneObject activeObject() {
        return activeObject;
    }

    public Document setActiveObject(SceneObject o) {
        changing();
        activeObject = o;
        return this;
    }

    /** All actions, sorted by name. */
    public List<Action> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** The action with this name, or null. */
    public Action action(String actionName) {
        for (Action a : actions) {
            if (a.name().equals(actionName)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Adds an action, renaming it to a unique name first if its name is taken (Blender's
     * ".001" suffixes), and keeps the list sorted.
     */
    public Action addAction(Action a) {
        if (action(a.name()) != null) {
            a.setNameDirect(uniqueActionName(a.name()));
        }
        changing();
        actions.add(insertionIndex(a.name()), adopt(a));
        return a;
    }

    public boolean removeAction(Action a) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) == a) {
                changing();
                actions.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Renames an action (made unique) and re-sorts the list. */
    public void renameAction(Action a, String newName) {
        if (!removeAction(a)) {
            throw new IllegalArgumentException(a + " is not in this document");
        }
        a.setNameDirect(newName);
        addAction(a);
    }

    /** A name not used by any action: {@code base}, else {@code base.001}, {@code base.002}, ... */
    public String uniqueActionName(String base) {
        return uniqueName(base, n -> action(n) != null);
    }

    /**
     * Blender's unique-name rule ({@code BLI_uniquename}): strips an existing numeric
     * {@code .NNN} suffix and appends the lowest free three-digit number.
     */
    public static String uniqueName(String base, java.util.function.Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        String stem = base;
        int dot = base.lastIndexOf('.');
        if (dot > 0 && dot < base.length() - 1 && base.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            stem = base.substring(0, dot);
        }
        for (int i = 1;; i++) {
            String candidate = String.format("%s.%03d", stem, i);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private int insertionIndex(String actionName) {
        int i = 0;
        while (i < actions.size() && compareNames(actions.get(i).name(), actionName) <= 0) {
            i++;
        }
        return i;
    }

    /** Blender's ID name order (byte-wise comparison of the names). */
    static int compareNames(String a, String b) {
        return a.compareTo(b);
    }

    /** Total number of keys in all actions. */
    public long keyCount() {
        long n = 0;
        for (Action a : actions) {
            for (Channelbag b : a.channelbags()) {
                n += b.keyCount();
            }
        }
        return n;
    }

    @Override
    List<? extends ModelNode> children() {
        List<ModelNode> all = new ArrayList<>();
        all.add(scene);
        all.add(preferences);
        all.add(editor);
        all.addAll(objects);
        all.addAll(actions);
        return all;
    }

    @Override
    Object snapshot() {
        return new Object[] {name, profile, new ArrayList<>(objects), new ArrayList<>(actions), activeObject};
    }

    @Override
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        name = (String) s[0];
        profile = (BehaviourProfile) s[1];
        objects = new ArrayList<>((List<SceneObject>) s[2]);
        actions = new ArrayList<>((List<Action>) s[3]);
        activeObject = (SceneObject) s[4];
    }

    @Override
    public String toString() {
        return "Document " + name;
    }
}
