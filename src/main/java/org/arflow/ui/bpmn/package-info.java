/**
 * bpmn-js in the browser for every feature: {@link org.arflow.ui.bpmn.BpmnViewer} (diagram, overlays, clicks)
 * and {@link org.arflow.ui.bpmn.BpmnModeler} (editing with the Camunda 8 properties panel).
 */
@NamedInterface("bpmn")
package org.arflow.ui.bpmn;

import org.springframework.modulith.NamedInterface;
