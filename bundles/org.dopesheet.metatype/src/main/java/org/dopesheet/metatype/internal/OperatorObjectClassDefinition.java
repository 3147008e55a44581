package org.dopesheet.metatype.internal;

import java.io.InputStream;
import java.util.List;
import org.dopesheet.metatype.OperatorMetaType;
import org.dopesheet.operator.OperatorType;
import org.dopesheet.operator.PropertyDef;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * An operator as a Metatype object class: id = {@link OperatorMetaType#pid}, the operator's name
 * and description, one attribute per property in schema order. Every property has a default, so
 * every attribute is optional: {@link #REQUIRED} selects none.
 */
final class OperatorObjectClassDefinition implements ObjectClassDefinition {
    private final OperatorType type;
    private final List<AttributeDefinition> attributes;

    OperatorObjectClassDefinition(OperatorType type) {
        this.type = type;
        this.attributes = type.properties().properties().stream()
                .map(p -> (AttributeDefinition) new PropertyAttributeDefinition((PropertyDef<?>) p)).toList();
    }

    @Override
    public String getName() {
        return type.name();
    }

    @Override
    public String getID() {
        return OperatorMetaType.pid(type.id());
    }

    @Override
    public String getDescription() {
        return type.description();
    }

    @Override
    public AttributeDefinition[] getAttributeDefinitions(int filter) {
        if (filter == REQUIRED || attributes.isEmpty()) {
            return null;
        }
        return attributes.toArray(AttributeDefinition[]::new);
    }

    @Override
    public InputStream getIcon(int size) {
        return null;
    }
}
