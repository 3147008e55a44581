package org.dopesheet.core.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.dopesheet.edit.KeyframeClipboard;
import org.osgi.service.component.annotations.Component;

/** The runtime's keyframe copy/paste buffer. */
@Component(service = KeyframeClipboard.class)
public class KeyframeClipboardImpl implements KeyframeClipboard {
    private final AtomicReference<Content> content = new AtomicReference<>(Content.EMPTY);

    @Override
    public Content content() {
        return content.get();
    }

    @Override
    public void store(Content newContent) {
        content.set(newContent == null ? Content.EMPTY : newContent);
    }
}
