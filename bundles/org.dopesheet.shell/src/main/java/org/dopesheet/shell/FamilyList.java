package org.dopesheet.shell;

import java.util.List;
import org.dopesheet.shell.internal.ShellFormat;

/**
 * The bundles that provide operator services, by bundle id.
 *
 * @param bundles the providing bundles
 */
public record FamilyList(List<Provider> bundles) {
    /** A list (copied). */
    public FamilyList {
        bundles = List.copyOf(bundles);
    }

    /**
     * One bundle providing operators.
     *
     * @param bundleId     bundle id
     * @param symbolicName Bundle-SymbolicName
     * @param version      bundle version
     * @param state        bundle state ({@code ACTIVE}, {@code STARTING}, ...)
     * @param families     the families its operators declare, sorted
     * @param operatorIds  the ids of its operator services, sorted
     */
    public record Provider(long bundleId, String symbolicName, String version, String state, List<String> families,
            List<String> operatorIds) {
        /** A provider (lists copied). */
        public Provider {
            families = List.copyOf(families);
            operatorIds = List.copyOf(operatorIds);
        }

        /** Number of operator services of this bundle. */
        public int operatorCount() {
            return operatorIds.size();
        }
    }

    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
