package org.arflow.insights;

/**
 * One BPMN element on the heatmap: instances there now; instances that left it and their mean and
 * 90th-percentile time there (seconds, null when none left yet); the colour of its mean on a scale
 * from green (quick) to red (the slowest element of the version), null without a time.
 */
public record ElementHeat(String elementId, String name, String elementType, long waiting, long left,
                          Double meanSeconds, Double p90Seconds, String colour) {

    /** Worth a badge on the diagram: someone waits there, or instances spend time there. */
    public boolean shown() {
        return waiting > 0 || (meanSeconds != null && meanSeconds > 0);
    }
}
