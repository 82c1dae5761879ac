package org.arflow.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.arflow.claims.ClaimAccess;
import org.arflow.claims.CreditBalances;
import org.arflow.ui.MainLayout;
import org.springframework.security.core.context.SecurityContextHolder;

/** Claims that hold more than they are owed, oldest credit first: refunds have deadlines. */
@Route(value = "credit-balances", layout = MainLayout.class)
@PageTitle("Credit balances | arflow")
@Menu(title = "Credit balances", order = 11)
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class CreditBalancesView extends VerticalLayout {

    public CreditBalancesView(CreditBalances credits, ClaimAccess access) {
        setSizeFull();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        Grid<CreditBalances.Credit> grid = new Grid<>(CreditBalances.Credit.class, false);
        grid.addColumn(CreditBalances.Credit::claimId).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(CreditBalances.Credit::payerName).setHeader("Payer").setAutoWidth(true);
        grid.addColumn(CreditBalances.Credit::billingTeam).setHeader("Team").setAutoWidth(true);
        grid.addColumn(c -> money.format(c.credit())).setHeader("Credit").setAutoWidth(true);
        grid.addColumn(c -> Duration.between(c.since(), OffsetDateTime.now()).toDays() + " days")
                .setHeader("Age").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        List<CreditBalances.Credit> items = credits.open(
                access.visibleTeams(SecurityContextHolder.getContext().getAuthentication()), 1000);
        grid.setItems(items);
        add(new H2("Credit balances"), new Paragraph(items.isEmpty() ? "No claim holds more than it is owed."
                : items.size() + " claims hold more than they are owed; each has a credit balance review in the team queue"),
                grid);
    }
}
