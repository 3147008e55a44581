package org.dopesheet.test.operators;

import org.dopesheet.model.Action;
import org.dopesheet.model.FCurve;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code test.fail_halfway}: changes the document in every way a real operator might (frame,
 * key positions, key types and selection, removed keys, a new curve, a new action) and then
 * throws, so that a test can check that the registry puts everything back.
 */
@OperatorDefinition(id = "test.fail_halfway", name = "Fail Halfway", family = "test",
        description = "Change the document, then fail (the document must be left unchanged)")
@Component(service = Operator.class)
public class FailHalfwayOperator implements Operator {
    /** The message of the exception every run ends with. */
    public static final String MESSAGE = "failing on purpose after changing the document";

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        context.scene().setFrameCurrent(context.scene().frameCurrent() + 100);
        for (Action action : context.document().actions()) {
            for (FCurve curve : action.fcurves()) {
                for (int i = 0; i < curve.size(); i++) {
                    curve.translate(i, 10f, 1f);
                    curve.setKeyType(i, KeyframeType.BREAKDOWN);
                    curve.setSelected(i, !curve.selected(i));
                }
                if (curve.size() > 0) {
                    curve.removeKey(0);
                }
            }
            if (action.channelbag() != null) {
                action.channelbag().addFcurve(new FCurve("test.fail_halfway", 0)).addKey(1f, 1f);
            }
        }
        context.document().addAction(new Action("test.fail_halfway"));
        throw new IllegalStateException(MESSAGE);
    }
}
