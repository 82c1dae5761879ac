package org.arflow.whatif.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.format.DateTimeFormatter;
import org.arflow.whatif.SideChoice;
import org.arflow.whatif.SideOptions;

/**
 * One side of a comparison: the live processes, a deployed version of claim-follow-up, a saved design draft,
 * or an uploaded .bpmn or .dmn file (each of the last three in place of the live file it replaces).
 */
final class SideChooser extends VerticalLayout {

    enum Kind {
        LIVE("Live processes (bpmn/)"),
        VERSION("Deployed version of claim-follow-up"),
        DRAFT("Saved draft"),
        FILE("Uploaded .bpmn or .dmn file");

        final String caption;

        Kind(String caption) {
            this.caption = caption;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final String title;
    private final Select<Kind> kind = new Select<>();
    private final Select<SideOptions.Version> version = new Select<>();
    private final Select<SideOptions.SavedDraft> draft = new Select<>();
    private final Upload upload;
    private final Span uploaded = new Span("No file yet");
    private String fileName;
    private byte[] content;

    SideChooser(String title, SideOptions options) {
        this.title = title;
        setPadding(false);
        kind.setLabel(title);
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k.caption);
        kind.setItemEnabledProvider(k -> (k != Kind.VERSION || !options.versions().isEmpty())
                && (k != Kind.DRAFT || !options.drafts().isEmpty()));
        kind.setValue(Kind.LIVE);
        version.setLabel("Version");
        version.setItems(options.versions());
        version.setItemLabelGenerator(v -> "version " + v.version() + (v.latest() ? " (latest)" : "")
                + (v.deployedAt() == null ? "" : ", deployed " + DAY.format(v.deployedAt()))
                + (v.reason() == null ? "" : ": " + v.reason()));
        draft.setLabel("Draft");
        draft.setItems(options.drafts());
        draft.setItemLabelGenerator(d -> "#" + d.id() + " " + d.title() + " (" + d.processId() + ", revision "
                + d.revision() + ", " + d.state() + ")");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> file(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes(".bpmn", ".dmn");
        upload.setMaxFileSize(5 * 1024 * 1024);
        kind.addValueChangeListener(e -> showWhatTheKindNeeds());
        kind.setWidth("24em"); // the captions name the files they run: shown in full
        version.setWidth("24em");
        draft.setWidth("24em");
        add(kind, version, draft, upload, uploaded);
        showWhatTheKindNeeds();
    }

    private void showWhatTheKindNeeds() {
        Kind k = kind.getValue();
        version.setVisible(k == Kind.VERSION);
        draft.setVisible(k == Kind.DRAFT);
        upload.setVisible(k == Kind.FILE);
        uploaded.setVisible(k == Kind.FILE);
    }

    void pick(Kind k) {
        kind.setValue(k);
    }

    void pickVersion(int number) {
        version.setValue(version.getListDataView().getItems().filter(v -> v.version() == number).findFirst()
                .orElseThrow());
    }

    void pickDraft(long id) {
        draft.setValue(draft.getListDataView().getItems().filter(d -> d.id() == id).findFirst().orElseThrow());
    }

    /** The uploaded file (also what the upload calls). */
    void file(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
        kind.setValue(Kind.FILE);
        uploaded.setText("File: " + name);
    }

    /** What was picked; refused, naming the side, when a choice is not complete. */
    SideChoice choice() {
        return switch (kind.getValue()) {
            case LIVE -> new SideChoice.Live();
            case VERSION -> {
                if (version.getValue() == null) {
                    throw new IllegalArgumentException(title + ": pick a version");
                }
                yield new SideChoice.DeployedVersion(version.getValue().version());
            }
            case DRAFT -> {
                if (draft.getValue() == null) {
                    throw new IllegalArgumentException(title + ": pick a draft");
                }
                yield new SideChoice.SavedDraft(draft.getValue().id());
            }
            case FILE -> {
                if (content == null) {
                    throw new IllegalArgumentException(title + ": upload the file first");
                }
                yield new SideChoice.UploadedFile(fileName, content, null);
            }
        };
    }
}
