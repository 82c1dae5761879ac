package org.arflow.whatif.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import org.arflow.whatif.WhatIfRun;
import org.arflow.whatif.WhatIfService;
import org.arflow.IntegrationTest;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The What-if page on the server side (Karibu-Testing): who may open it and who may run. */
@IntegrationTest
class WhatIfViewTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    WhatIfService whatIf;

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void an_analyst_sees_both_sides_the_population_and_the_run_button() {
        BrowserlessUi.logIn(spring, "analyst");
        UI.getCurrent().navigate(WhatIfView.class);

        WhatIfView view = _get(WhatIfView.class);
        assertThat(_find(view, SideChooser.class)).hasSize(2);
        assertThat(_find(view, PopulationForm.class)).hasSize(1);
        assertThat(_get(view, Button.class, spec -> spec.withId("whatif-run")).getText()).isEqualTo("Run");
        assertThat(_find(view, ProgressBar.class)).as("no progress bar before a run").isEmpty();
        assertThat(_find(view, PastRuns.class)).hasSize(1);
    }

    @Test
    void an_analyst_runs_a_small_population_follows_the_progress_bar_and_reads_both_sides() {
        BrowserlessUi.logIn(spring, "analyst");
        UI.getCurrent().navigate(WhatIfView.class);
        WhatIfView view = _get(WhatIfView.class);
        _get(view, IntegerField.class, spec -> spec.withLabel("Claims")).setValue(10);
        _get(view, IntegerField.class, spec -> spec.withLabel("Horizon (simulated days)")).setValue(20);

        _get(view, Button.class, spec -> spec.withId("whatif-run")).click();

        assertThat(_get(view, ProgressBar.class).isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        long id = whatIf.latest().getFirst().id();
        WhatIfRun run = awaitDone(id);
        assertThat(run.status()).as(run.error()).isEqualTo(WhatIfRun.Status.DONE);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), false));

        assertThat(_find(view, ProgressBar.class)).isEmpty();
        ComparisonTable table = _get(view, ComparisonTable.class);
        assertThat(table.getColumns().get(1).getHeaderText()).isEqualTo("A: live");
        assertThat(GridKt._size(table)).isGreaterThanOrEqualTo(9);
        assertThat(GridKt._get(table, 0).a()).isEqualTo("10");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private WhatIfRun awaitDone(long id) {
        for (int i = 0; i < 600; i++) {
            WhatIfRun run = whatIf.run(id).orElseThrow();
            if (run.finished()) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("run " + id + " did not finish");
    }

    @Test
    void a_supervisor_reads_past_runs_but_has_no_run_button() {
        BrowserlessUi.logIn(spring, "supervisor");
        UI.getCurrent().navigate(WhatIfView.class);

        assertThat(_find(WhatIfView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("whatif-run"))).isEmpty();
        assertThat(_find(PastRuns.class)).hasSize(1);
    }

    @Test
    void a_biller_cannot_open_the_what_if_page() {
        BrowserlessUi.logIn(spring, "biller");

        assertThatThrownBy(() -> UI.getCurrent().navigate(WhatIfView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(WhatIfView.class)).isEmpty();
    }
}
