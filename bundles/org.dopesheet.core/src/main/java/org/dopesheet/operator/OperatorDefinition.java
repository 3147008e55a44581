package org.dopesheet.operator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares an operator component's identity. A component property type: on an
 * {@code @Component(service = Operator.class)} class it becomes the service properties
 * {@code dopesheet.operator.id}, {@code .name}, {@code .description}, {@code .family} and
 * {@code .flags}, which the registry reads. Retained at run time so that the registry can also
 * describe operators registered without OSGi ({@link Registries#create()}).
 *
 * <pre>
 * &#64;OperatorDefinition(id = "action.select_all", name = "(De)select All", family = "select",
 *     description = "Toggle selection of all keyframes")
 * &#64;Component(service = Operator.class)
 * public class SelectAllOperator implements Operator { ... }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorDefinition {
    /** Prefix of the generated service property names. */
    String PREFIX_ = "dopesheet.operator.";

    /** Service property holding the operator id. */
    String ID = PREFIX_ + "id";
    /** Service property holding the UI name. */
    String NAME = PREFIX_ + "name";
    /** Service property holding the description. */
    String DESCRIPTION = PREFIX_ + "description";
    /** Service property holding the family. */
    String FAMILY = PREFIX_ + "family";
    /** Service property holding the flags (String[] of {@link OperatorFlag} names). */
    String FLAGS = PREFIX_ + "flags";

    /** Operator id in Blender's Python form, {@code scope.name}, e.g. {@code action.clean}. */
    String id();

    /** UI name, e.g. "Clean Keyframes". */
    String name();

    /** Tooltip description. */
    String description() default "";

    /** Family (bundle grouping), e.g. {@code select}, {@code edit}, {@code view}. */
    String family();

    /** Flags; Blender's default for editing operators is REGISTER and UNDO. */
    OperatorFlag[] flags() default {OperatorFlag.REGISTER, OperatorFlag.UNDO};
}
