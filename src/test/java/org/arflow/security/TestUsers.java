package org.arflow.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users and teams a test needs beyond the demo users. */
@Component
public class TestUsers {

    private final UserDirectory users;
    private final JdbcClient jdbc;

    TestUsers(UserDirectory users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A user who can log in with password = user name (as the demo users). */
    public void create(String username, String displayName, List<String> teams, Role... roles) {
        users.createIfAbsent(username, displayName, username, teams, roles);
    }

    /** A team member who never logs in: no password hashing, so fifty of them cost nothing. */
    public void createTeamMember(String username, String team, Role role) {
        jdbc.sql("insert into app_user (username, display_name, password_hash) values (:u, :d, 'no-login') on conflict do nothing")
                .param("u", username).param("d", "Member " + username).update();
        jdbc.sql("insert into user_role (username, role) values (:u, :r) on conflict do nothing")
                .param("u", username).param("r", role.name()).update();
        jdbc.sql("insert into team (name) values (:t) on conflict (name) do nothing").param("t", team).update();
        jdbc.sql("insert into team_member (team_id, username) select id, :u from team where name = :t on conflict do nothing")
                .param("u", username).param("t", team).update();
    }
}
