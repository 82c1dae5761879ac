package org.arflow.whatif.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.arflow.whatif.ProcessVersion;
import org.arflow.whatif.WhatIfService;

/** One side of a comparison: the live processes, or the live ones with an uploaded draft (.bpmn or .dmn). */
final class SideChooser extends VerticalLayout {

    static final String LIVE = "Live processes (bpmn/)";
    static final String DRAFT = "Draft: an uploaded .bpmn or .dmn file";

    private final Select<String> kind = new Select<>();
    private final Span uploaded = new Span("No file yet");
    private String fileName;
    private byte[] content;

    SideChooser(String title) {
        setPadding(false);
        kind.setLabel(title);
        kind.setItems(LIVE, DRAFT);
        kind.setValue(LIVE);
        var ui = com.vaadin.flow.component.UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> file(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes(".bpmn", ".dmn");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setVisible(false);
        kind.addValueChangeListener(e -> upload.setVisible(DRAFT.equals(e.getValue())));
        add(kind, upload, uploaded);
        uploaded.setVisible(false);
        kind.addValueChangeListener(e -> uploaded.setVisible(DRAFT.equals(e.getValue())));
    }

    /** The draft file (also what the upload calls). */
    void file(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
        kind.setValue(DRAFT);
        uploaded.setText("Draft file: " + name);
    }

    ProcessVersion version(WhatIfService whatIf) {
        if (LIVE.equals(kind.getValue())) {
            return whatIf.live();
        }
        if (content == null) {
            throw new IllegalArgumentException(kind.getLabel() + ": upload the draft file first");
        }
        return whatIf.draft("draft: " + fileName, fileName, content);
    }
}
