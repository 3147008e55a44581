package org.dopesheet.test.operators.v2;

import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.ReportType;
import org.osgi.service.component.annotations.Component;

/** Version 2 of {@code test.count_keys}: a new name and description, the same count. */
@OperatorDefinition(id = "test.count_keys", name = "Count Keys v2", family = "test",
        description = "Report the number of keys of the document (version 2)", flags = OperatorFlag.REGISTER)
@Component(service = Operator.class)
public class CountKeysOperator implements Operator {

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        long keys = context.document().keyCount();
        context.putValue("keys", keys);
        context.report(ReportType.INFO, keys + " keys (v2)");
        return OperatorResult.FINISHED;
    }
}
