package org.dopesheet.ops.select;

import org.dopesheet.model.RnaEnum;

/** The {@code mode} enum of {@code action.select_leftright} ({@code prop_actkeys_leftright_select_types}). */
public enum LeftRightMode implements RnaEnum {
    CHECK("Check if Select Left or Right"),
    LEFT("Before Current Frame"),
    RIGHT("After Current Frame");

    private final String uiName;

    LeftRightMode(String uiName) {
        this.uiName = uiName;
    }

    @Override
    public String uiName() {
        return uiName;
    }
}
