package org.dopesheet.ops.select;

import java.util.ArrayList;
import java.util.List;
import org.dopesheet.context.AnimationContext;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.CollectionProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorFlag;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.StringProperty;
import org.osgi.service.component.annotations.Component;

/**
 * {@code action.select_lasso} (Blender's {@code ACTION_OT_select_lasso}, exec form): in every row
 * overlapping the lasso's bounding box, selects the keys whose position on the box's horizontal
 * centre line lies inside the lasso polygon (Blender's geometry, reproduced as is). An empty
 * path cancels. SET deselects every key first, SUB deselects instead of selecting. The
 * stroke-smoothing properties only shape the interactive gesture; the exec form validates and
 * ignores them.
 */
@OperatorDefinition(id = "action.select_lasso", name = "Lasso Select", family = "select",
        description = "Select keyframe points using lasso selection", flags = {OperatorFlag.UNDO})
@Component(service = Operator.class)
public class LassoSelectOperator implements Operator {
    /** An item of the path ({@code OperatorMousePath}). */
    static final PropertySchema PATH_POINT = PropertySchema.of(
            StringProperty.of("name", "").name("Name").description("Unique name used in the code and scripting")
                    .maxLength(63),
            FloatArrayProperty.of("loc", 0f, 0f).name("Location").description("Mouse location"),
            FloatProperty.of("time", 0f).name("Time").description("Time of mouse location"));
    static final CollectionProperty PATH = CollectionProperty.of("path", PATH_POINT).name("Path").skipSave();
    static final BoolProperty USE_SMOOTH_STROKE = BoolProperty.of("use_smooth_stroke", false).name("Stabilize Stroke")
            .description("Selection lags behind mouse and follows a smoother path");
    static final FloatProperty SMOOTH_STROKE_FACTOR = FloatProperty.of("smooth_stroke_factor", 0.75f)
            .name("Smooth Stroke Factor").description("Higher values gives a smoother stroke").range(0.5f, 0.99f);
    static final IntProperty SMOOTH_STROKE_RADIUS = IntProperty.of("smooth_stroke_radius", 35)
            .name("Smooth Stroke Radius").description("Minimum distance from last point before selection continues")
            .range(10, 200);
    static final EnumProperty<SelectOperation> MODE = EnumProperty.of("mode", SelectOperation.class,
            SelectOperation.SET).name("Mode").skipSave();
    private static final PropertySchema SCHEMA = PropertySchema.of(PATH, USE_SMOOTH_STROKE, SMOOTH_STROKE_FACTOR,
            SMOOTH_STROKE_RADIUS, MODE);

    @Override
    public PropertySchema properties() {
        return SCHEMA;
    }

    @Override
    public boolean poll(OperatorContext context) {
        return Selections.actionEditorActive(context);
    }

    @Override
    public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
        AnimationContext anim = context.anim();
        if (!Selections.hasData(anim)) {
            return OperatorResult.CANCELLED;
        }
        List<OperatorProperties> path = properties.get(PATH);
        if (path.isEmpty()) {
            return OperatorResult.CANCELLED;
        }
        List<float[]> locations = new ArrayList<>();
        for (OperatorProperties point : path) {
            locations.add((float[]) point.get("loc"));
        }
        LassoPolygon lasso = LassoPolygon.of(locations);
        SelectOperation operation = properties.get(MODE);
        if (operation.deselectsFirst()) {
            Selections.deselectAllKeys(anim);
        }
        RegionSelection.lasso(anim, lasso, operation.keyMode());
        return OperatorResult.FINISHED;
    }
}
