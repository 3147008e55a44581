package org.dopesheet.ops.clipboard;

import org.dopesheet.operator.Operator;
import org.dopesheet.ops.edit.BakeKeysOperator;
import org.dopesheet.ops.edit.CleanOperator;
import org.dopesheet.ops.edit.DeleteOperator;
import org.dopesheet.ops.edit.DuplicateOperator;
import org.dopesheet.ops.edit.EasingTypeOperator;
import org.dopesheet.ops.edit.ExtrapolationTypeOperator;
import org.dopesheet.ops.edit.HandleTypeOperator;
import org.dopesheet.ops.edit.InterpolationTypeOperator;
import org.dopesheet.ops.edit.KeyframeInsertOperator;
import org.dopesheet.ops.edit.KeyframeTypeOperator;
import org.dopesheet.ops.select.BoxSelectOperator;
import org.dopesheet.ops.select.CircleSelectOperator;
import org.dopesheet.ops.select.ClickSelectOperator;
import org.dopesheet.ops.select.ColumnSelectOperator;
import org.dopesheet.ops.select.LassoSelectOperator;
import org.dopesheet.ops.select.LeftRightSelectOperator;
import org.dopesheet.ops.select.SelectAllOperator;
import org.dopesheet.ops.select.SelectLessOperator;
import org.dopesheet.ops.select.SelectLinkedOperator;
import org.dopesheet.ops.select.SelectMoreOperator;
import org.dopesheet.ops.transform.MirrorOperator;
import org.dopesheet.ops.transform.SnapOperator;
import org.dopesheet.ops.transform.TransformOperator;

/**
 * The operators of the select, edit and transform families (test dependencies), so that the
 * copy/paste vectors that also select, clean or mirror run in the conformance test.
 */
final class OtherFamilies {
    private OtherFamilies() {
    }

    static Operator[] all() {
        return new Operator[] {new SelectAllOperator(), new ClickSelectOperator(), new BoxSelectOperator(),
            new CircleSelectOperator(), new LassoSelectOperator(), new ColumnSelectOperator(),
            new LeftRightSelectOperator(), new SelectMoreOperator(), new SelectLessOperator(),
            new SelectLinkedOperator(), new DeleteOperator(), new DuplicateOperator(), new CleanOperator(),
            new BakeKeysOperator(), new KeyframeInsertOperator(), new KeyframeTypeOperator(),
            new HandleTypeOperator(), new InterpolationTypeOperator(), new EasingTypeOperator(),
            new ExtrapolationTypeOperator(), new MirrorOperator(), new SnapOperator(), new TransformOperator()};
    }
}
