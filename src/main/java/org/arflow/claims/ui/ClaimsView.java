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
import java.util.Locale;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimFilter;
import org.arflow.claims.ClaimService;
import org.arflow.ui.MainLayout;

@Route(value = "claims", layout = MainLayout.class)
@PageTitle("Claims | arflow")
@Menu(title = "Claims", order = 10)
@RolesAllowed({"BILLER", "SUPERVISOR"})
public class ClaimsView extends VerticalLayout {

    public ClaimsView(ClaimService claims, org.arflow.claims.ClaimAccess access) {
        setSizeFull();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        Grid<Claim> grid = new Grid<>(Claim.class, false);
        grid.addColumn(Claim::claimId).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(Claim::patientName).setHeader("Patient").setAutoWidth(true);
        grid.addColumn(Claim::payerName).setHeader("Payer").setAutoWidth(true);
        grid.addColumn(Claim::serviceFrom).setHeader("Date of service").setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> money.format(c.billedAmount())).setHeader("Billed");
        grid.addColumn(c -> money.format(c.balance())).setHeader("Balance");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(Claim::timelyFilingDeadline).setHeader("Timely filing by").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var items = claims.list(new ClaimFilter(null, null, 0, 500, access.visibleTeams(user)));
        grid.setItems(items);
        add(new H2("Claims"), new Paragraph(items.isEmpty()
                ? "No claims yet. Submit claims through POST /api/claims (the 837 import comes next)."
                : items.size() + " most recently updated claims"), grid);
    }
}
