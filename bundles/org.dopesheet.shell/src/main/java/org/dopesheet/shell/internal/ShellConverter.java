package org.dopesheet.shell.internal;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/**
 * Formats the shell's result objects for the Gogo console (as Felix SCR's commands format their
 * DTOs): {@link Converter#INSPECT} gives the full text, {@link Converter#LINE} and
 * {@link Converter#PART} one line. Converts nothing from text.
 */
@Component(service = Converter.class, property = {
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.DocumentInfo",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.DocumentList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.ClosedDocument",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.ObjectList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.ActionList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.SlotList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.ChannelList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.DopeSheet",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.OperatorList",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.OperatorDescription",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.operator.OperatorType",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.RunResult",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.FrameChange",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.HistoryView",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.AwaitResult",
    Converter.CONVERTER_CLASSES + "=org.dopesheet.shell.FamilyList"})
public class ShellConverter implements Converter {

    /** Nothing is converted: returns null, so Gogo tries its other converters. */
    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null;
    }

    /** The text of a shell result object, or null for any other object. */
    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return ShellFormat.format(target, level);
    }
}
