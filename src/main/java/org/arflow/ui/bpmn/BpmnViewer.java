package org.arflow.ui.bpmn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A read-only BPMN diagram (bpmn-js viewer, with the bpmn.io logo its licence asks for), an overlay per
 * element and element clicks. Give it a height (e.g. {@code setHeight("480px")}).
 */
@Tag("arflow-bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = BpmnViewer.BPMN_JS_VERSION)
@JsModule("./bpmn/arflow-bpmn-viewer.js")
public class BpmnViewer extends Component implements HasSize {

    /** One bpmn-js for the viewer and the modeler. */
    public static final String BPMN_JS_VERSION = "18.31.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    public BpmnViewer() {
        setWidthFull();
        setHeight("480px");
    }

    /** Shows this BPMN XML; the overlays set before or after it are drawn on it. */
    public void setXml(String xml) {
        getElement().callJsFunction("setXml", xml);
    }

    /** Replaces every overlay; elements not in the map get none. */
    public void setOverlays(Map<String, ElementOverlay> overlays) {
        try {
            getElement().callJsFunction("setOverlays", JSON.writeValueAsString(new LinkedHashMap<>(overlays)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("overlays not writable as JSON", e);
        }
    }

    /** Called with the id of the BPMN element the user clicked. */
    public Registration addElementClickListener(Consumer<String> listener) {
        return getElement().addEventListener("bpmn-element-click",
                        e -> listener.accept(e.getEventData().getString("event.detail.elementId")))
                .addEventData("event.detail.elementId");
    }

    /** Called with bpmn-js' message when the XML cannot be shown. */
    public Registration addErrorListener(Consumer<String> listener) {
        return getElement().addEventListener("bpmn-error",
                        e -> listener.accept(e.getEventData().getString("event.detail.message")))
                .addEventData("event.detail.message");
    }
}
