package org.dopesheet.test.operators.v1;

import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/** {@code test.count_keys}: reports the number of keys of the document (result value {@code keys}). */
@OperatorDefinition(id = "test.count_keys", name = "Count Keys", family = "test",
        description = "Report the number of keys of the document", flags = OperatorFlag.REGISTER)
@Component(service = Operator.class)
public class CountKeysOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        long keys = context.document().keyCount();
        context.putValue("keys", keys);
        context.report(ReportType.INFO, keys + " keys");
        return OperatorResult.FINISHED;
    }
}
