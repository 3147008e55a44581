package org.dopesheet.operator;

/** Types of operator properties (Blender RNA property types as operators use them). */
public enum PropertyType {
    BOOLEAN,
    INT,
    FLOAT,
    STRING,
    ENUM,
    /** A set of enum items (RNA enum with {@code PROP_ENUM_FLAG}). */
    ENUM_FLAG,
    /** Fixed-length int array. */
    INT_ARRAY,
    /** Fixed-length float array. */
    FLOAT_ARRAY,
    /** A nested property group (e.g. a macro's sub-operator properties). */
    GROUP,
    /** A collection of property groups (e.g. a lasso path). */
    COLLECTION
}
