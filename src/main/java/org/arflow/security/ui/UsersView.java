package org.arflow.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.arflow.security.Role;
import org.arflow.security.UserAccount;
import org.arflow.security.UserDirectory;
import org.arflow.ui.MainLayout;

@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users and teams | arflow")
@Menu(title = "Users and teams", order = 90)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    public UsersView(UserDirectory directory) {
        setSizeFull();
        Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
        grid.addColumn(UserAccount::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(Role::name).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(u -> String.join(", ", u.teams())).setHeader("Teams");
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.setItems(directory.users());
        add(new H2("Users and teams"), grid);
    }
}
