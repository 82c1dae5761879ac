package org.arflow.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small coloured label (Lumo's badge look). Styled inline: Lumo's badge stylesheet is not part of the app's
 * precompiled theme bundle, and the theme attribute alone draws plain text.
 */
public final class Badge {

    /** Lumo's colour families: the primary blue, red, green, grey. */
    public enum Tone {
        PRIMARY, ERROR, SUCCESS, CONTRAST
    }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        return style(new Span(text), tone);
    }

    /** Gives an existing span the badge look in this tone (again with another tone to change it). */
    public static Span style(Span span, Tone tone) {
        String family = tone.name().toLowerCase(java.util.Locale.ROOT);
        span.getStyle().set("display", "inline-block").set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", tone == Tone.CONTRAST ? "var(--lumo-contrast-80pct)" : "var(--lumo-" + family + "-text-color)")
                .set("background", tone == Tone.CONTRAST ? "var(--lumo-contrast-5pct)" : "var(--lumo-" + family + "-color-10pct)");
        return span;
    }
}
