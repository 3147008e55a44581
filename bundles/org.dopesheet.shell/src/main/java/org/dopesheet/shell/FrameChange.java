package org.dopesheet.shell;

import org.dopesheet.shell.internal.ShellFormat;

/**
 * The outcome of {@code ds:frame}.
 *
 * @param document the document name
 * @param previous the current frame before
 * @param current  the current frame after
 * @param via      the operator that changed it ({@code anim.change_frame}), or null when the
 *                 shell set the scene's frame directly because no such operator is registered
 */
public record FrameChange(String document, int previous, int current, String via) {
    @Override
    public String toString() {
        return ShellFormat.text(this);
    }
}
