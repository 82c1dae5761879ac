package org.arflow.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, roles and teams in PostgreSQL; the source of logins for the UI and the API. */
@Service
public class UserDirectory implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;

    UserDirectory(JdbcClient jdbc, PasswordEncoder passwords, LoginAttempts attempts) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.attempts = attempts;
    }

    /**
     * The user with roles, locked while {@link LoginAttempts} says so. A locked account is refused before its
     * password is checked, so the check is made anyway: a locked account answers as slowly as a wrong password
     * and cannot be told apart by timing.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = attempts.isLocked(username);
        var row = jdbc.sql("select username, password_hash, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .accountLocked(locked))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (locked) {
            passwords.matches("a password no one has", row.build().getPassword());
        }
        return row.roles(roles(username).stream().map(Role::name).toArray(String[]::new)).build();
    }

    public List<UserAccount> users() {
        return jdbc.sql("select username, display_name, enabled from app_user order by username")
                .query((rs, n) -> new UserAccount(rs.getString("username"), rs.getString("display_name"),
                        rs.getBoolean("enabled"), roles(rs.getString("username")), teams(rs.getString("username"))))
                .list();
    }

    /** Every team, by name (e.g. the dashboard's team filter). */
    public List<String> allTeams() {
        return jdbc.sql("select name from team order by name").query(String.class).list();
    }

    public List<String> teams(String username) {
        return jdbc.sql("""
                        select t.name from team t join team_member m on m.team_id = t.id
                        where m.username = :u order by t.name""")
                .param("u", username).query(String.class).list();
    }

    /** Every team's name (candidate groups of user tasks are team names). */
    public List<String> teamNames() {
        return jdbc.sql("select name from team order by name").query(String.class).list();
    }

    /** The name people know the user by ("Brenda Biller"); the user name when unknown. */
    public String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :u").param("u", username)
                .query(String.class).optional().orElse(username);
    }

    public boolean hasRole(String username, Role role) {
        return roles(username).contains(role);
    }

    Set<Role> roles(String username) {
        List<String> names = jdbc.sql("select role from user_role where username = :u")
                .param("u", username).query(String.class).list();
        return names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    boolean anyoneHas(Role role) {
        return jdbc.sql("select count(*) from user_role where role = :r").param("r", role.name())
                .query(Long.class).single() > 0;
    }

    /** Creates the user unless it exists; a second call changes nothing. */
    @Transactional
    void createIfAbsent(String username, String displayName, String rawPassword, List<String> teams, Role... roles) {
        int created = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash) values (:u, :d, :p)
                        on conflict (username) do nothing""")
                .param("u", username).param("d", displayName).param("p", passwords.encode(rawPassword)).update();
        if (created == 0) {
            return;
        }
        Arrays.stream(roles).forEach(role -> jdbc.sql("insert into user_role (username, role) values (:u, :r)")
                .param("u", username).param("r", role.name()).update());
        for (String team : teams) {
            jdbc.sql("insert into team (name) values (:t) on conflict (name) do nothing").param("t", team).update();
            jdbc.sql("""
                            insert into team_member (team_id, username)
                            select id, :u from team where name = :t on conflict do nothing""")
                    .param("u", username).param("t", team).update();
        }
    }
}
