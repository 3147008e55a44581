package org.dopesheet.metatype;

/**
 * How operators appear in OSGi Metatype. The bundle {@code org.dopesheet.metatype} registers a
 * {@code MetaTypeProvider} service whose {@code metatype.pid} property lists one PID per
 * registered operator, {@code org.dopesheet.operator.<operator id>}, updated as operators come and
 * go. A host reads them with
 * {@code metaTypeService.getMetaTypeInformation(thatBundle).getObjectClassDefinition(pid, null)}:
 * the OCD's name and description are the operator's, and each attribute is one operator property
 * (id, name, description, type, default, enum items as option values and labels, array length as
 * cardinality; {@code validate} applies the property's own rules, ranges included).
 */
public final class OperatorMetaType {
    /** Prefix of the PID of an operator's object class definition. */
    public static final String PID_PREFIX = "org.dopesheet.operator.";

    private OperatorMetaType() {
    }

    /** The PID of an operator's object class definition, e.g. {@code org.dopesheet.operator.action.select_all}. */
    public static String pid(String operatorId) {
        return PID_PREFIX + operatorId;
    }

    /** The operator id of a PID of this scheme, or null for another PID. */
    public static String operatorId(String pid) {
        return pid.startsWith(PID_PREFIX) && pid.length() > PID_PREFIX.length() ? pid.substring(PID_PREFIX.length()) : null;
    }
}
