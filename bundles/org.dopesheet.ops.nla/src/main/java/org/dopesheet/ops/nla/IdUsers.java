package org.dopesheet.ops.nla;

import org.dopesheet.model.Action;

/** Blender's ID user counting ({@code id_us_plus} / {@code id_us_min}) for actions. */
final class IdUsers {
    private IdUsers() {
    }

    /** {@code id_us_plus}: one more user (null: nothing). */
    static void plus(Action action) {
        if (action != null) {
            action.setUsers(action.users() + 1);
        }
    }

    /**
     * {@code id_us_min}: one user less, never below the fake user (an action with a fake user
     * keeps at least one user).
     */
    static void minus(Action action) {
        if (action == null) {
            return;
        }
        int limit = action.useFakeUser() ? 1 : 0;
        action.setUsers(action.users() <= limit ? limit : action.users() - 1);
    }
}
