package org.arflow.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.arflow.engine.EngineInfo;

@Route("login")
@PageTitle("Log in | arflow")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(EngineInfo engine) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        H1 title = new H1("arflow");
        Paragraph tagline = new Paragraph("Accounts-receivable follow-up for medical billing");
        add(title, tagline, login);
        if (engine.isInMemory()) {
            Paragraph notice = new Paragraph(EngineInfo.IN_MEMORY_NOTICE);
            notice.addClassName("engine-notice");
            notice.getStyle().set("max-width", "32em").set("color", "var(--lumo-error-text-color)");
            add(notice);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
