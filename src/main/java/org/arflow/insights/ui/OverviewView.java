package org.arflow.insights.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import org.arflow.claims.ClaimService;
import org.arflow.claims.StageSummary;
import org.arflow.ui.MainLayout;

/** The supervisor's first look: where claims stand and the money they carry. */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Overview | arflow")
@Menu(title = "Overview", order = 0)
@RolesAllowed("SUPERVISOR")
public class OverviewView extends VerticalLayout {

    public OverviewView(ClaimService claims) {
        setSizeFull();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        Grid<StageSummary> grid = new Grid<>(StageSummary.class, false);
        grid.addColumn(s -> s.stage().label()).setHeader("Stage");
        grid.addColumn(StageSummary::claims).setHeader("Claims");
        grid.addColumn(s -> money.format(s.balance())).setHeader("Open balance");
        grid.setItems(claims.summaryByStage());
        grid.setAllRowsVisible(true);
        add(new H2("Where claims stand"), grid);
    }
}
