package org.arflow.ui.bpmn;

import java.util.Objects;

/**
 * What a diagram shows on one element: a short text (line breaks allowed; shown as text, never as HTML)
 * and a CSS colour for the element's fill and the badge's border (null: no tint).
 */
public record ElementOverlay(String label, String colour) {

    public ElementOverlay {
        Objects.requireNonNull(label, "label");
    }
}
