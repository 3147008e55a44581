package org.dopesheet.operator;

import java.util.Map;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.model.BehaviourProfile;
import org.dopesheet.model.Document;
import org.dopesheet.model.EditorState;
import org.dopesheet.model.Preferences;
import org.dopesheet.model.Scene;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an operator sees while it polls and runs: the document (locked for it, inside a
 * transaction), its animation context, and the means to report, to return values and to run
 * other operators in the same transaction.
 */
@ProviderType
public interface OperatorContext {

    /** The document being edited. */
    Document document();

    default Scene scene() {
        return document().scene();
    }

    default EditorState editor() {
        return document().editor();
    }

    default Preferences preferences() {
        return document().preferences();
    }

    /** The Blender behaviour profile of the document; branch on it where the spec marks [cur]. */
    default BehaviourProfile profile() {
        return document().profile();
    }

    /** Whether the document asks for Blender 3.4 behaviour. */
    default boolean blender34() {
        return profile() == BehaviourProfile.BLENDER_3_4;
    }

    /** The animation context (built once per invocation; syncs the Action editor's action). */
    AnimationContext anim();

    /** Adds a report to the operator's own list ({@code BKE_report(op->reports, ...)}). */
    void report(ReportType type, String message);

    /** Adds a report to the window manager's global list (does not make the call fail). */
    void reportGlobal(ReportType type, String message);

    /** Why the poll fails ({@code CTX_wm_operator_poll_msg_set}). */
    void pollMessage(String message);

    /** Adds a result value (e.g. {@code values}, {@code property_values}). */
    void putValue(String name, Object value);

    /**
     * Tags animation data as changed, so the document's animated property values are
     * re-evaluated after the invocation (Blender's depsgraph tag {@code ID_RECALC_ANIMATION}).
     * Changing the current frame through the context counts too.
     */
    void tagAnimationChanged();

    /** Whether another operator's poll passes in this context (e.g. a macro's first step). */
    boolean poll(String operatorId);

    /**
     * Runs another operator on the same document inside this invocation's transaction (macros,
     * composite operators). Its reports are added to this invocation's.
     */
    OperatorResult invoke(String operatorId, Map<String, ?> properties);
}
