package org.arflow.design.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arflow.IntegrationTest;
import org.arflow.design.Draft;
import org.arflow.design.Drafts;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The catalog and the draft editor on the server side (Karibu), by role. */
@IntegrationTest
class DesignViewsTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    Drafts drafts;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    private Draft aDraft() throws Exception {
        return drafts.upload("claim-follow-up.bpmn", Files.readString(Path.of("bpmn/claim-follow-up.bpmn"))
                .getBytes(StandardCharsets.UTF_8), "analyst");
    }

    @Test
    void an_analyst_sees_every_version_and_the_drafts_and_validates_a_draft_in_its_editor() throws Exception {
        Draft draft = aDraft();
        BrowserlessUi.logIn(spring, "analyst");
        UI.getCurrent().navigate(ProcessCatalogView.class);
        ProcessCatalogView catalog = _get(ProcessCatalogView.class);
        assertThat(_find(catalog, Grid.class)).hasSize(2);
        assertThat(_find(catalog, Upload.class)).hasSize(1);

        UI.getCurrent().navigate(DraftEditorView.class, new RouteParameters("id", String.valueOf(draft.id())));
        DraftEditorView editor = _get(DraftEditorView.class);
        _get(editor, Button.class, spec -> spec.withId("draft-validate")).click();

        Div report = _get(editor, Div.class, spec -> spec.withId("validation-report"));
        assertThat(report.getElement().getTextRecursively()).contains("Validation passed", "Scenario: passed");
    }

    @Test
    void a_supervisor_reads_the_catalog_without_drafts_and_cannot_open_a_draft() throws Exception {
        Draft draft = aDraft();
        BrowserlessUi.logIn(spring, "supervisor");
        UI.getCurrent().navigate(ProcessCatalogView.class);
        ProcessCatalogView catalog = _get(ProcessCatalogView.class);
        assertThat(_find(catalog, Grid.class)).hasSize(1);
        assertThat(_find(catalog, Upload.class)).isEmpty();

        assertThatThrownBy(() -> UI.getCurrent().navigate(DraftEditorView.class,
                new RouteParameters("id", String.valueOf(draft.id())))).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_biller_opens_neither_the_catalog_nor_a_draft() throws Exception {
        Draft draft = aDraft();
        BrowserlessUi.logIn(spring, "biller");

        assertThatThrownBy(() -> UI.getCurrent().navigate(ProcessCatalogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DraftEditorView.class,
                new RouteParameters("id", String.valueOf(draft.id())))).isInstanceOf(MockAccessDeniedException.class);
    }
}
