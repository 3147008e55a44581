/**
 * The operator SPI and the operator registry API.
 * <p>
 * An operator bundle implements {@link org.dopesheet.operator.Operator} as a Declarative Services
 * component annotated with {@link org.dopesheet.operator.OperatorDefinition} (a component property
 * type: providers never type service property names). The core bundle's
 * {@link org.dopesheet.operator.OperatorRegistry} service tracks them (whiteboard), validates
 * properties against each operator's {@link org.dopesheet.operator.PropertySchema}, serialises
 * invocations per document and runs each in a transaction that leaves the document unchanged when
 * the operator throws.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dopesheet.operator;
