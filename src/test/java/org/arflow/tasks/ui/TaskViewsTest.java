package org.arflow.tasks.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.security.AuditLog;
import org.arflow.security.Role;
import org.arflow.security.TestUsers;
import org.arflow.tasks.Actor;
import org.arflow.tasks.AgingBucket;
import org.arflow.tasks.QueueTask;
import org.arflow.tasks.TaskAssignment;
import org.arflow.tasks.TaskFixtures;
import org.arflow.ui.BrowserlessUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The task list's views on the server side (Karibu-Testing), on the real app, engine and database. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskViewsTest {

    static final String TEAM = "Karibu team";
    static final String PAYER = "Karibu Health";

    @Autowired
    ApplicationContext spring;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TaskAssignment assignment;
    @Autowired
    ClaimService claims;
    @Autowired
    CamundaClient engine;
    @Autowired
    AuditLog audit;

    long big;
    long small;
    long middle;

    @BeforeAll
    void aTeamWithItsQueue() {
        users.create("kbiller", "Kim Biller", List.of(TEAM), Role.BILLER);
        users.create("kbiller2", "Kai Biller", List.of(TEAM), Role.BILLER);
        users.create("kother", "Kit Other", List.of("Elsewhere team"), Role.BILLER);
        fixtures.payerForTeam(PAYER, TEAM);
        List<Long> keys = fixtures.correctionTasks(PAYER, "2500.00", 100, "KV-BIG");
        big = keys.getFirst();
        small = fixtures.correctionTasks(PAYER, "40.00", 5, "KV-SMALL").getFirst();
        middle = fixtures.correctionTasks(PAYER, "300.00", 45, "KV-MID").getFirst();
    }

    @AfterEach
    void logOut() {
        BrowserlessUi.logOut();
    }

    @Test
    void biller_starts_on_my_work_and_is_pointed_to_the_team_queue_when_nothing_is_assigned() {
        BrowserlessUi.logIn(spring, "kother");
        UI.getCurrent().navigate("");

        MyWorkView view = _get(MyWorkView.class);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getElement().getTextRecursively()).contains("Nothing is assigned to you");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void team_queue_lists_only_my_teams_tasks_highest_score_first_with_the_score_explained() {
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TeamQueueView.class);

        TeamQueueView view = _get(TeamQueueView.class);
        List<QueueTask> rows = _fetch(view.grid, 0, 50);
        assertThat(rows).extracting(QueueTask::payerName).containsOnly(PAYER);
        List<String> claimIds = rows.stream().map(QueueTask::claimId).filter(id -> id.startsWith("KV-")).toList();
        assertThat(claimIds.indexOf("KV-BIG")).isLessThan(claimIds.indexOf("KV-MID"));
        assertThat(claimIds.indexOf("KV-MID")).isLessThan(claimIds.indexOf("KV-SMALL"));
        int row = rows.indexOf(rows.stream().filter(t -> t.claimId().equals("KV-BIG")).findFirst().orElseThrow());
        Span score = (Span) _getCellComponent(view.grid, row, "priority");
        assertThat(score.getElement().getAttribute("aria-label"))
                .startsWith("Score " + score.getText() + " of 100")
                .contains("$2,500.00 at stake: 34 of 40", "100 days since the date of service: 16 of 20");
    }

    @Test
    void filters_by_aging_bucket_and_balance_narrow_the_queue() {
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TeamQueueView.class);
        TeamQueueView view = _get(TeamQueueView.class);

        _setValue(view.filters.aging, AgingBucket.DAYS_91_120);
        assertThat(_fetch(view.grid, 0, 50)).extracting(QueueTask::claimId).contains("KV-BIG")
                .doesNotContain("KV-MID", "KV-SMALL");

        _setValue(view.filters.aging, null);
        _setValue(view.filters.minBalance, new BigDecimal("100"));
        _setValue(view.filters.maxBalance, new BigDecimal("1000"));
        assertThat(_fetch(view.grid, 0, 50)).extracting(QueueTask::claimId).contains("KV-MID")
                .doesNotContain("KV-BIG", "KV-SMALL");

        _setValue(view.filters.minBalance, new BigDecimal("5000"));
        _setValue(view.filters.maxBalance, null);
        assertThat(_fetch(view.grid, 0, 50)).isEmpty();
        assertThat(view.summary.getText()).startsWith("No unclaimed tasks for " + TEAM + " match these filters");
    }

    @Test
    void a_filter_saved_and_shared_with_the_team_is_offered_to_a_teammate() {
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TeamQueueView.class);
        TeamQueueView view = _get(TeamQueueView.class);
        _setValue(view.filters.aging, AgingBucket.DAYS_91_120);
        _click(_get(Button.class, spec -> spec.withText("Save filter…")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Old claims");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Share with team (optional)")), TEAM);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        BrowserlessUi.logOut();

        BrowserlessUi.logIn(spring, "kbiller2");
        UI.getCurrent().navigate(TeamQueueView.class);
        TeamQueueView teammates = _get(TeamQueueView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> saved = _get(ComboBox.class, spec -> spec.withLabel("Saved filters"));
        Object shared = ComboBoxKt.getSuggestionItems(saved).stream()
                .filter(f -> f.toString().contains("Old claims")).findFirst().orElseThrow();
        _setValue(saved, shared);

        assertThat(teammates.filters.aging.getValue()).isEqualTo(AgingBucket.DAYS_91_120);
        assertThat(_fetch(teammates.grid, 0, 50)).extracting(QueueTask::claimId).doesNotContain("KV-MID", "KV-SMALL");
        assertThat(ComboBoxKt.getSuggestions(saved)).contains("Old claims (shared by kbiller)");
    }

    @Test
    void claiming_opens_the_task_and_its_form_refuses_a_missing_outcome_then_completes_and_the_claim_moves_on() {
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TeamQueueView.class);
        TeamQueueView queue = _get(TeamQueueView.class);
        List<QueueTask> rows = _fetch(queue.grid, 0, 50);
        int row = rows.indexOf(rows.stream().filter(t -> t.taskKey() == big).findFirst().orElseThrow());

        _click((Button) _getCellComponent(queue.grid, row, "claim"));

        TaskDetailView detail = _get(TaskDetailView.class);
        assertThat(detail.status.getText()).startsWith("Claimed by Kim Biller");
        assertThat(_get(H2.class).getText()).isEqualTo("Correct and resubmit claim · KV-BIG");
        assertThat(detail.claim.stage.getText()).isEqualTo(ClaimStage.CORRECTION.label());
        _click(detail.form.complete);
        HasValidation outcome = (HasValidation) detail.form.fields.get("correctionOutcome");
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose outcome.");
        assertThat(fixtures.state(big)).isEqualTo("OPEN");

        @SuppressWarnings("unchecked")
        HasValue<?, String> choice = (HasValue<?, String>) detail.form.fields.get("correctionOutcome");
        _setValue(choice, "RESUBMITTED");
        _click(detail.form.complete);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Task completed. The claim moves on.");
        assertThat(_get(TaskDetailView.class).status.getText()).startsWith("This task is closed (completed)");
        await().atMost(Duration.ofSeconds(30)).until(() -> claims.get("KV-BIG").stage() != ClaimStage.CORRECTION);
        assertThat(claims.timeline("KV-BIG")).anyMatch(e -> e.description().contains("correctionOutcome RESUBMITTED"));
    }

    @Test
    void completing_a_task_its_process_already_closed_says_so_plainly_and_removes_it() {
        assignment.claim(middle, new Actor("kbiller", false));
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TaskDetailView.class, middle);
        TaskDetailView detail = _get(TaskDetailView.class);
        engine.newCompleteCommand(middle).variables(Map.of("correctionOutcome", "RESUBMITTED")).send().join();

        @SuppressWarnings("unchecked")
        HasValue<?, String> choice = (HasValue<?, String>) detail.form.fields.get("correctionOutcome");
        _setValue(choice, "RESUBMITTED");
        _click(detail.form.complete);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text")).anyMatch(text ->
                text.contains("was already closed by its process") && text.contains("removed from your queue"));
        assertThat(fixtures.state(middle)).isEqualTo("CANCELED");
        assertThat(_get(TaskDetailView.class).status.getText()).contains("withdrawn by its process");
    }

    @Test
    void a_biller_of_another_team_opening_the_task_by_url_is_told_it_is_not_in_their_queues() {
        BrowserlessUi.logIn(spring, "kother");
        UI.getCurrent().navigate(TaskDetailView.class, small);

        assertThat(_get(H2.class).getText()).isEqualTo("Task not found");
        assertThat(audit.entries("kother", null, 0, 10)).anyMatch(e -> e.action().equals("TASK_REFUSED")
                && Long.valueOf(small).equals(e.taskKey()));
    }

    @Test
    void supervisor_assigns_selected_tasks_to_a_biller_at_once_and_billers_have_no_such_button() {
        long first = fixtures.correctionTasks(PAYER, "150.00", 20, "KV-ASSIGN-1").getFirst();
        long second = fixtures.correctionTasks(PAYER, "160.00", 20, "KV-ASSIGN-2").getFirst();
        BrowserlessUi.logIn(spring, "supervisor");
        UI.getCurrent().navigate(TeamQueueView.class);
        TeamQueueView view = _get(TeamQueueView.class);
        _setValue(view.filters.claimId, "KV-ASSIGN-");
        List<QueueTask> rows = _fetch(view.grid, 0, 50);
        assertThat(rows).extracting(QueueTask::taskKey).containsExactlyInAnyOrder(first, second);
        rows.forEach(view.grid::select);

        _click(view.assign);
        AssignDialog dialog = _get(AssignDialog.class);
        _setValue(dialog.to, ComboBoxKt.getSuggestionItems(dialog.to).stream()
                .filter(u -> u.username().equals("kbiller2")).findFirst().orElseThrow());
        _click(dialog.ok);

        assertThat(fixtures.assignee(first)).isEqualTo("kbiller2");
        assertThat(fixtures.assignee(second)).isEqualTo("kbiller2");
        BrowserlessUi.logOut();
        BrowserlessUi.logIn(spring, "kbiller");
        UI.getCurrent().navigate(TeamQueueView.class);
        assertThat(_get(TeamQueueView.class).assign.isAttached()).isFalse();
    }

    @Test
    void a_snoozed_task_leaves_my_work_until_asked_for() {
        long task = fixtures.correctionTasks(PAYER, "75.00", 10, "KV-SNOOZE").getFirst();
        Actor kai = new Actor("kbiller2", false);
        assignment.claim(task, kai);
        assignment.snooze(task, java.time.LocalDate.now(org.arflow.tasks.OfficeCalendar.ZONE).plusDays(3), kai);
        BrowserlessUi.logIn(spring, "kbiller2");
        UI.getCurrent().navigate(MyWorkView.class);
        MyWorkView view = _get(MyWorkView.class);

        assertThat(_fetch(view.grid, 0, 50)).extracting(QueueTask::taskKey).doesNotContain(task);
        _setValue(view.withSnoozed, true);
        assertThat(_fetch(view.grid, 0, 50)).extracting(QueueTask::taskKey).contains(task);
    }
}
