package org.arflow.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.arflow.IntegrationTest;
import org.arflow.ui.BrowserlessUi;
import org.arflow.ui.bpmn.BpmnViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Who opens the process heatmap (server side, Karibu-Testing, real app and database). */
@IntegrationTest
class HeatmapViewTest {

    @Autowired
    ApplicationContext spring;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void a_supervisor_and_an_admin_open_the_heatmap_with_its_diagram_and_csv_export() {
        for (String user : new String[] {"supervisor", "admin"}) {
            BrowserlessUi.logIn(spring, user);
            UI.getCurrent().navigate(HeatmapView.class);

            HeatmapView view = _get(HeatmapView.class);
            assertThat(_find(view, BpmnViewer.class)).hasSize(1);
            assertThat(_find(view, Anchor.class)).extracting(Anchor::getText).contains("Export CSV");
            BrowserlessUi.logOut();
        }
    }

    @Test
    void a_biller_cannot_open_the_heatmap() {
        BrowserlessUi.logIn(spring, "biller");

        assertThatThrownBy(() -> UI.getCurrent().navigate(HeatmapView.class))
                .isInstanceOf(MockAccessDeniedException.class);

        assertThat(_find(HeatmapView.class)).isEmpty();
    }
}
