package org.dopesheet.benchmarks;

import java.util.List;
import org.dopesheet.edit.KeyframeClipboard;
import org.dopesheet.operator.Operator;

/**
 * The operators the benchmarks call, instantiated directly (their classes are DS components in
 * the families' private packages; outside OSGi they are plain classes).
 */
final class Operators {
    private Operators() {
    }

    static List<Operator> all(KeyframeClipboard clipboard) {
        return List.of(
                new org.dopesheet.ops.select.SelectAllOperator(),
                new org.dopesheet.ops.edit.CleanOperator(),
                new org.dopesheet.ops.edit.DeleteOperator(),
                new org.dopesheet.ops.edit.DuplicateOperator(),
                new org.dopesheet.ops.edit.BakeKeysOperator(),
                new org.dopesheet.ops.edit.InterpolationTypeOperator(),
                new org.dopesheet.ops.edit.HandleTypeOperator(),
                new org.dopesheet.ops.clipboard.CopyOperator(clipboard),
                new org.dopesheet.ops.clipboard.PasteOperator(clipboard),
                new org.dopesheet.ops.transform.SnapOperator(),
                new org.dopesheet.ops.transform.MirrorOperator());
    }
}
