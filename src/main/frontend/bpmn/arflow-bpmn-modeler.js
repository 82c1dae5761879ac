// <arflow-bpmn-modeler>: the bpmn-js Modeler with the Camunda 8 (Zeebe) properties panel, for the analysts.
// Light DOM so bpmn-js' CSS applies; the bpmn.io logo stays. Driven by org.arflow.ui.bpmn.BpmnModeler.
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';

class ArflowBpmnModeler extends HTMLElement {
  connectedCallback() {
    if (this._modeler) {
      return;
    }
    this.style.display = 'flex';
    this.style.position = 'relative';
    const canvas = document.createElement('div');
    canvas.className = 'arflow-bpmn-canvas';
    canvas.style.cssText = 'flex:1 1 auto;position:relative;min-width:0;';
    const panel = document.createElement('div');
    panel.className = 'arflow-bpmn-properties';
    panel.style.cssText = 'flex:0 0 320px;overflow:auto;border-left:1px solid #ddd;';
    this.append(canvas, panel);
    this._modeler = new Modeler({
      container: canvas,
      propertiesPanel: { parent: panel },
      additionalModules: [
        BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule, ZeebeBehaviorsModule,
      ],
      moddleExtensions: { zeebe: zeebeModdle },
    });
    // one event per finished command (typing in the panel makes many): the server hears it at most every 300 ms
    this._modeler.get('eventBus').on('commandStack.changed', () => {
      clearTimeout(this._changeTimer);
      this._changeTimer = setTimeout(() => this.dispatchEvent(new CustomEvent('bpmn-changed')), 300);
    });
  }

  async setXml(xml) {
    this.connectedCallback();
    try {
      await this._modeler.importXML(xml);
      this._modeler.get('canvas').zoom('fit-viewport', 'auto');
      this.dispatchEvent(new CustomEvent('bpmn-imported'));
    } catch (err) {
      this.dispatchEvent(new CustomEvent('bpmn-error', { detail: { message: String(err.message || err) } }));
    }
  }

  /** The diagram as BPMN XML (a promise: Java receives it through PendingJavaScriptResult). */
  async getXml() {
    const { xml } = await this._modeler.saveXML({ format: true });
    return xml;
  }
}

if (!customElements.get('arflow-bpmn-modeler')) {
  customElements.define('arflow-bpmn-modeler', ArflowBpmnModeler);
}
