// <arflow-bpmn-viewer>: a read-only BPMN diagram (bpmn-js NavigatedViewer) with text overlays and element clicks.
// Light DOM (no shadow root) so that bpmn-js' own CSS applies. The bpmn.io logo bpmn-js draws stays, as its
// licence requires. Driven from Java by org.arflow.ui.bpmn.BpmnViewer.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

class ArflowBpmnViewer extends HTMLElement {
  connectedCallback() {
    if (this._viewer) {
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    const canvas = document.createElement('div');
    canvas.className = 'arflow-bpmn-canvas';
    canvas.style.cssText = 'position:absolute;inset:0;';
    this.appendChild(canvas);
    this._overlays = {};
    this._tinted = [];
    this._viewer = new NavigatedViewer({ container: canvas });
    // the diagram may be imported before the element has its size: fit it again whenever the size changes
    new ResizeObserver(() => this._fit()).observe(canvas);
    // zoomed out (a large diagram fitted to the page), the overlays keep a readable size and show the count only
    this._viewer.get('eventBus').on('canvas.viewbox.changed', (e) => {
      this.classList.toggle('arflow-compact', e.viewbox.scale < 0.7);
    });
    if (!document.getElementById('arflow-bpmn-viewer-style')) {
      const style = document.createElement('style');
      style.id = 'arflow-bpmn-viewer-style';
      style.textContent = 'arflow-bpmn-viewer.arflow-compact .arflow-overlay-detail { display: none; }';
      document.head.appendChild(style);
    }
    this._viewer.get('eventBus').on('element.click', (e) => {
      const element = e.element;
      if (!element || element.type === 'bpmn:Process' || element.type === 'label') {
        return;
      }
      this.dispatchEvent(new CustomEvent('bpmn-element-click', { detail: { elementId: element.id } }));
    });
  }

  /** Shows the diagram, fitted to the element, then the overlays set so far. */
  async setXml(xml) {
    this.connectedCallback();
    try {
      await this._viewer.importXML(xml);
      this._imported = true;
      this._fit();
      this._applyOverlays();
      this.dispatchEvent(new CustomEvent('bpmn-imported'));
    } catch (err) {
      this.dispatchEvent(new CustomEvent('bpmn-error', { detail: { message: String(err.message || err) } }));
    }
  }

  _fit() {
    const canvas = this._viewer.get('canvas');
    if (this._imported && this.clientWidth > 0 && this.clientHeight > 0) {
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    }
  }

  /** overlays: JSON {elementId: {label, colour}}; replaces the previous ones. */
  setOverlays(json) {
    this._overlays = JSON.parse(json || '{}');
    if (this._viewer) {
      this._applyOverlays();
    }
  }

  _applyOverlays() {
    const overlays = this._viewer.get('overlays');
    const registry = this._viewer.get('elementRegistry');
    overlays.remove({ type: 'arflow' });
    this._tinted.forEach((node) => { node.style.fill = ''; });
    this._tinted = [];
    for (const [id, overlay] of Object.entries(this._overlays)) {
      const element = registry.get(id);
      if (!element) {
        continue;
      }
      const badge = document.createElement('div');
      badge.className = 'arflow-overlay';
      badge.dataset.elementId = id;
      // text, never HTML: labels may carry user data. The first line is the count, the rest the times.
      const [first, ...rest] = String(overlay.label).split('\n');
      const count = document.createElement('div');
      count.textContent = first;
      const detail = document.createElement('div');
      detail.className = 'arflow-overlay-detail';
      detail.textContent = rest.join('\n');
      badge.append(count, detail);
      badge.style.cssText = 'white-space:pre;font:11px/1.25 sans-serif;padding:2px 4px;border-radius:4px;'
        + 'background:#fff;border:2px solid ' + (overlay.colour || '#888') + ';color:#222;pointer-events:none;';
      overlays.add(id, 'arflow', { position: { bottom: -4, left: 0 }, html: badge, scale: { min: 1 } });
      const shape = registry.getGraphics(id)?.querySelector('.djs-visual > :first-child');
      if (shape && overlay.colour) {
        shape.style.fill = overlay.colour;
        this._tinted.push(shape);
      }
    }
  }
}

if (!customElements.get('arflow-bpmn-viewer')) {
  customElements.define('arflow-bpmn-viewer', ArflowBpmnViewer);
}
