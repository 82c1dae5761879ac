package org.arflow.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringInstantiator;
import java.util.Optional;
import org.arflow.security.UserDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Karibu-Testing on the shared Spring context: views are made by Spring (constructor injection),
 * routes are checked by the app's Spring Security rules, and the test acts as a logged-in user.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.arflow");

    private BrowserlessUi() {
    }

    /** A fresh UI session for this user (a demo or test user of the directory). */
    public static void logIn(ApplicationContext spring, String username) {
        UserDetails user = spring.getBean(UserDirectory.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // the strategy this context's security checks read: a test class with a context of its own (DemoOfficeTest,
        // DatabaseOutageTest) replaces the JVM-wide one with its own, whose thread-local these checks never see
        SecurityContextHolder.setContextHolderStrategy(spring.getBean(SecurityContextHolderStrategy.class));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(MockedUI::new, new SpringMockServlet(spring));
    }

    public static void logOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Karibu's servlet, with views and listeners from Spring as in the running app. */
    private static final class SpringMockServlet extends MockVaadinServlet {

        private final transient ApplicationContext spring;

        SpringMockServlet(ApplicationContext spring) {
            super(ROUTES, MockedUI::new);
            this.spring = spring;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, MockedUI::new) {
                @Override
                protected Optional<Instantiator> loadInstantiators() {
                    return Optional.of(new SpringInstantiator(this, spring));
                }
            };
            service.init();
            ROUTES.register(service.getContext());
            return service;
        }
    }
}
