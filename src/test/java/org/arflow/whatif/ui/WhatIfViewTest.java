package org.arflow.whatif.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import org.arflow.whatif.WhatIfRun;
import org.arflow.whatif.WhatIfService;
import org.arflow.IntegrationTest;
import org.arflow.design.Draft;
import org.arflow.design.Drafts;
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
    @Autowired
    Drafts drafts;

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

    @Test
    void an_analyst_puts_a_deployed_version_on_side_a_and_a_saved_draft_on_side_b_and_reads_both_by_name() {
        var version = whatIf.sideOptions("analyst").versions().getFirst();
        Draft draft = drafts.copyOf("claim-follow-up", version.version(), "analyst");
        try {
            BrowserlessUi.logIn(spring, "analyst");
            UI.getCurrent().navigate(WhatIfView.class);
            WhatIfView view = _get(WhatIfView.class);
            _get(view, IntegerField.class, spec -> spec.withLabel("Claims")).setValue(10);
            _get(view, IntegerField.class, spec -> spec.withLabel("Horizon (simulated days)")).setValue(20);
            SideChooser a = _find(view, SideChooser.class).get(0);
            SideChooser b = _find(view, SideChooser.class).get(1);
            a.pick(SideChooser.Kind.VERSION);
            a.pickVersion(version.version());
            b.pick(SideChooser.Kind.DRAFT);
            b.pickDraft(draft.id());

            _get(view, Button.class, spec -> spec.withId("whatif-run")).click();

            WhatIfRun run = awaitDone(whatIf.latest().getFirst().id());
            assertThat(run.status()).as(run.error()).isEqualTo(WhatIfRun.Status.DONE);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), false));
            ComparisonTable table = _get(view, ComparisonTable.class);
            assertThat(table.getColumns().get(1).getHeaderText()).isEqualTo("A: claim-follow-up version " + version.version());
            assertThat(table.getColumns().get(2).getHeaderText()).startsWith("B: draft " + draft.id() + ": ");
        } finally {
            drafts.delete(draft.id(), "analyst");
        }
    }

    @Test
    void a_side_left_incomplete_is_refused_with_a_message_naming_it_and_nothing_runs() {
        BrowserlessUi.logIn(spring, "analyst");
        UI.getCurrent().navigate(WhatIfView.class);
        WhatIfView view = _get(WhatIfView.class);
        long before = whatIf.latest().isEmpty() ? 0 : whatIf.latest().getFirst().id();
        _find(view, SideChooser.class).get(1).pick(SideChooser.Kind.VERSION);

        _get(view, Button.class, spec -> spec.withId("whatif-run")).click();

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Side B: pick a version");
        assertThat(_find(view, ProgressBar.class)).isEmpty();
        assertThat(whatIf.latest().isEmpty() ? 0 : whatIf.latest().getFirst().id()).isEqualTo(before);
    }

    private WhatIfRun awaitDone(long id) {
        return org.arflow.whatif.WhatIfRunsAwait.done(whatIf, id, java.time.Duration.ofSeconds(150));
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

        assertThatThrownBy(() -> UI.getCurrent().navigate(WhatIfView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(WhatIfView.class)).isEmpty();
    }
}
