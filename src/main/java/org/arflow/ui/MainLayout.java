package org.arflow.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.arflow.engine.EngineInfo;

/** The shell: navigation built from each feature's @Menu views the user may open, the user, log out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, EngineInfo engine) {
        H1 title = new H1("arflow");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        String user = auth.getPrincipalName().orElse("");
        Button logout = new Button("Log out", e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        if (engine.isInMemory()) {
            Span notice = new Span("Embedded engine: state in memory, evaluation only");
            notice.getElement().setAttribute("title", EngineInfo.IN_MEMORY_NOTICE);
            Badge.style(notice, Badge.Tone.ERROR);
            notice.addClassName("engine-notice");
            header.add(notice);
        }
        Span who = new Span(user);
        who.addClassName("current-user");
        HorizontalLayout right = new HorizontalLayout(who, logout);
        right.setAlignItems(Alignment.CENTER);
        header.addToEnd(right);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(new Div(nav));
    }
}
