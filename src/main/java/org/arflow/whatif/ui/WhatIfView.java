package org.arflow.whatif.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.arflow.input.InvalidInputException;
import org.arflow.ui.MainLayout;
import org.arflow.whatif.SideOptions;
import org.arflow.whatif.WhatIfBusyException;
import org.arflow.whatif.WhatIfRun;
import org.arflow.whatif.WhatIfService;
import org.springframework.security.access.AccessDeniedException;

/**
 * What-if simulation: analysts run a synthetic population through two process versions on private
 * scratch engines and compare the figures side by side; supervisors read the results.
 */
@Route(value = "whatif", layout = MainLayout.class)
@PageTitle("What-if | arflow")
@Menu(title = "What-if", order = 55)
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class WhatIfView extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    private final WhatIfService whatIf;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final VerticalLayout results = new VerticalLayout();
    private final PastRuns pastRuns;
    private Long watching;

    public WhatIfView(WhatIfService whatIf, AuthenticationContext auth) {
        this.whatIf = whatIf;
        setSizeFull();
        add(new H2("What-if simulation"), new Paragraph("Runs the same synthetic claims, payer answers and staff "
                + "choices through two process versions on private engines (never the live one), with a fast clock, and "
                + "shows the figures side by side."));
        if (auth.hasRole("ANALYST")) {
            add(form(auth.getPrincipalName().orElse("unknown")));
        }
        progress.setVisible(false);
        results.setPadding(false);
        pastRuns = new PastRuns(whatIf, this::show);
        add(progress, status, results, new H3("Past runs"), new Paragraph("Select one run to open it, or several to compare them."),
                pastRuns);
    }

    private VerticalLayout form(String user) {
        SideOptions options = whatIf.sideOptions(user);
        SideChooser a = new SideChooser("Side A", options);
        SideChooser b = new SideChooser("Side B", options);
        PopulationForm population = new PopulationForm();
        Button run = new Button("Run", e -> start(user, a, b, population));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("whatif-run");
        VerticalLayout form = new VerticalLayout(new HorizontalLayout(a, b), population, run);
        form.setPadding(false);
        return form;
    }

    private void start(String user, SideChooser a, SideChooser b, PopulationForm population) {
        try {
            long id = whatIf.start(user, population.parameters(), a.choice(), b.choice());
            watch(id);
        } catch (IllegalArgumentException | InvalidInputException | WhatIfBusyException | AccessDeniedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        }
    }

    /** Follows a run: the progress bar moves with each poll until the results are there. */
    void watch(long id) {
        watching = id;
        results.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Run " + id + " queued");
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void poll() {
        if (watching == null) {
            return;
        }
        whatIf.run(watching).ifPresent(run -> {
            progress.setValue(Math.min(1, run.progress()));
            status.setText("Run " + run.id() + ": " + run.status().name().toLowerCase() + ", "
                    + Math.round(run.progress() * 100) + " %");
            if (run.finished()) {
                watching = null;
                UI.getCurrent().setPollInterval(-1);
                progress.setVisible(false);
                pastRuns.refresh();
                show(java.util.List.of(run));
            }
        });
    }

    private void show(java.util.List<WhatIfRun> runs) {
        results.removeAll();
        for (WhatIfRun run : runs) {
            results.add(new H3("Run " + run.id() + " (" + run.parameters().claims() + " claims, "
                    + run.parameters().horizonDays() + " days, seed " + run.parameters().seed() + ")"));
            if (run.status() == WhatIfRun.Status.DONE) {
                results.add(new ComparisonTable(run));
            } else {
                results.add(new Paragraph(run.status() == WhatIfRun.Status.FAILED ? "Failed: " + run.error()
                        : "Not finished yet (" + Math.round(run.progress() * 100) + " %)"));
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }
}
