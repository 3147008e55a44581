package org.dopesheet.ops.edit;

import org.dopesheet.conformance.ConformanceVectors;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.Registries;

/** The operators of this family and a standalone registry holding them (plus the harness). */
final class EditOperators {
    private EditOperators() {
    }

    /** One instance of every operator of the family. */
    static Operator[] all() {
        return new Operator[] {new DeleteOperator(), new DuplicateOperator(), new CleanOperator(),
            new BakeKeysOperator(), new KeyframeInsertOperator(), new KeyframeTypeOperator(), new HandleTypeOperator(),
            new InterpolationTypeOperator(), new EasingTypeOperator(), new ExtrapolationTypeOperator()};
    }

    /** A standalone registry with the family's operators only. */
    static Registries.Standalone registry() {
        return Registries.create().register(all());
    }

    /** A standalone registry with the family's operators and the conformance harness pseudo-operators. */
    static Registries.Standalone registryWithHarness() {
        return registry().register(ConformanceVectors.harnessOperators());
    }
}
