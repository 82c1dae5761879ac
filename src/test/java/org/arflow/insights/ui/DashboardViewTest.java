package org.arflow.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.arflow.IntegrationTest;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The dashboard on the server side (Karibu-Testing), on the real app and database. */
@IntegrationTest
class DashboardViewTest {

    @Autowired
    ApplicationContext spring;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void a_supervisor_starts_on_the_dashboard_with_kpi_cards_explained_and_csv_exports() {
        BrowserlessUi.logIn(spring, "supervisor");
        UI.getCurrent().navigate("");

        DashboardView view = _get(DashboardView.class);
        Div daysInAr = _get(view, Div.class, spec -> spec.withClasses("kpi-daysInAr"));
        assertThat(daysInAr.getElement().getAttribute("title")).startsWith("Open AR / average daily charges");
        assertThat(daysInAr.getElement().getTextRecursively()).contains("Benchmark: under 40-50 days");
        assertThat(_find(view, Anchor.class, spec -> spec.withText("Export CSV"))).hasSize(4);
        assertThat(_find(view, Div.class, spec -> spec.withClasses("aging-chart"))).hasSize(1);
        Anchor incidents = _get(view, Anchor.class, spec -> spec.withClasses("incident-count"));
        assertThat(incidents.getHref()).isEqualTo("incidents");
        assertThat(incidents.getText()).matches("\\d+ open incidents?");
        assertThat(_find(view, TrendChart.class)).hasSize(1);
    }

    @Test
    void an_admin_opens_the_dashboard_too() {
        BrowserlessUi.logIn(spring, "admin");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(DashboardView.class)).hasSize(1);
    }

    @Test
    void a_supervisor_opens_the_incidents_and_a_biller_cannot() {
        BrowserlessUi.logIn(spring, "supervisor");
        UI.getCurrent().navigate(IncidentsView.class);
        assertThat(_find(IncidentsView.class)).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getText())
                .contains("Export CSV");
        BrowserlessUi.logOut();

        BrowserlessUi.logIn(spring, "biller");
        assertThatThrownBy(() -> UI.getCurrent().navigate(IncidentsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_biller_cannot_open_the_dashboard() {
        BrowserlessUi.logIn(spring, "biller");

        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);

        assertThat(_find(DashboardView.class)).isEmpty();
    }
}
