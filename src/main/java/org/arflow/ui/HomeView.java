package org.arflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** The start page after log-in: sends each user to the page of their main role. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** Role to start page, in order of precedence for users with several roles. */
    private static final Map<String, String> START_PAGES = new LinkedHashMap<>();

    static {
        START_PAGES.put("SUPERVISOR", "overview");
        START_PAGES.put("BILLER", "my-work");
        START_PAGES.put("ANALYST", "processes");
        START_PAGES.put("ADMIN", "admin/users");
    }

    private final transient AuthenticationContext auth;

    public HomeView(AuthenticationContext auth) {
        this.auth = auth;
        setText("You are logged in, but no role is assigned to you yet. Ask an administrator.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        START_PAGES.entrySet().stream()
                .filter(e -> auth.hasRole(e.getKey()))
                .findFirst()
                .ifPresent(e -> event.forwardTo(e.getValue()));
    }
}
