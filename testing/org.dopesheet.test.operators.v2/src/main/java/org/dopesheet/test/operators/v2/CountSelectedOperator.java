package org.dopesheet.test.operators.v2;

import org.dopesheet.model.Action;
import org.dopesheet.model.Channelbag;
import org.dopesheet.model.FCurve;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/** {@code test.count_selected}, new in version 2: reports the number of selected keys (value {@code selected}). */
@OperatorDefinition(id = "test.count_selected", name = "Count Selected Keys", family = "test",
        description = "Report the number of selected keys of the document", flags = OperatorFlag.REGISTER)
@Component(service = Operator.class)
public class CountSelectedOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        long selected = 0;
        for (Action action : context.document().actions()) {
            for (Channelbag bag : action.channelbags()) {
                for (FCurve curve : bag.fcurves()) {
                    for (int i = 0; i < curve.size(); i++) {
                        if (curve.selected(i)) {
                            selected++;
                        }
                    }
                }
            }
        }
        context.putValue("selected", selected);
        context.report(ReportType.INFO, selected + " selected keys");
        return OperatorResult.FINISHED;
    }
}
