package org.arflow.ui.bpmn;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * The bpmn-js Modeler with the Camunda 8 (Zeebe) properties panel on its right: task types, headers, IO
 * mappings, forms, timers as Zeebe understands them. The XML lives in the browser; ask for it with
 * {@link #requestXml(Consumer)}. Give it a height (e.g. {@code setHeight("70vh")}).
 */
@Tag("arflow-bpmn-modeler")
@NpmPackage(value = "bpmn-js", version = BpmnViewer.BPMN_JS_VERSION)
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "zeebe-bpmn-moddle", version = "2.0.0")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@JsModule("./bpmn/arflow-bpmn-modeler.js")
public class BpmnModeler extends Component implements HasSize {

    public BpmnModeler() {
        setWidthFull();
        setHeight("70vh");
    }

    /** Opens this BPMN XML for editing (the undo history starts again). */
    public void setXml(String xml) {
        getElement().callJsFunction("setXml", xml);
    }

    /** Asks the browser for the diagram as it stands; the answer comes later, on the UI thread. */
    public void requestXml(Consumer<String> whenReceived) {
        getElement().callJsFunction("getXml").then(String.class, whenReceived::accept);
    }

    /** Called (at most about every 300 ms) after the user changed the diagram. */
    public Registration addChangeListener(Runnable listener) {
        return getElement().addEventListener("bpmn-changed", e -> listener.run());
    }

    /** Called with bpmn-js' message when the XML cannot be opened. */
    public Registration addErrorListener(Consumer<String> listener) {
        return getElement().addEventListener("bpmn-error",
                        e -> listener.accept(e.getEventData().getString("event.detail.message")))
                .addEventData("event.detail.message");
    }
}
