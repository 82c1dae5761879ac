package org.arflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Queue filters saved on the server, per user, shareable with one of the user's teams. */
@Service
public class SavedFilters {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TaskAccess access;

    SavedFilters(JdbcClient jdbc, ObjectMapper json, TaskAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    /** The person's own filters and those shared with their teams, by name. */
    public List<SavedFilter> available(Actor actor) {
        return jdbc.sql("""
                        select id, owner, name, shared_with, criteria::text as criteria from saved_filter
                        where owner = :user or shared_with = any(cast(:teams as text[])) order by lower(name), id""")
                .param("user", actor.username()).param("teams", access.teams(actor).toArray(String[]::new))
                .query((rs, n) -> new SavedFilter(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                        rs.getString("shared_with"), read(rs.getString("criteria"))))
                .list();
    }

    /** Saves (or replaces) the person's filter of that name; sharing only with a team they belong to. */
    public void save(Actor actor, String name, QueueFilter filter, String shareWithTeam) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the filter a name");
        }
        if (shareWithTeam != null && !access.teams(actor).contains(shareWithTeam)) {
            throw new AccessDeniedException("You can share filters only with your own teams");
        }
        jdbc.sql("""
                        insert into saved_filter (owner, name, shared_with, criteria) values (:u, :n, :team, cast(:c as jsonb))
                        on conflict (owner, name) do update set shared_with = excluded.shared_with, criteria = excluded.criteria""")
                .param("u", actor.username()).param("n", name.trim()).param("team", shareWithTeam)
                .param("c", write(filter)).update();
    }

    /** Deletes one of the person's own filters; others' filters are not theirs to delete. */
    public boolean delete(Actor actor, long id) {
        return jdbc.sql("delete from saved_filter where id = :id and owner = :u").param("id", id)
                .param("u", actor.username()).update() == 1;
    }

    private String write(QueueFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private QueueFilter read(String criteria) {
        try {
            return json.readValue(criteria, QueueFilter.class);
        } catch (JsonProcessingException e) {
            return QueueFilter.none(); // a filter saved by an older version: show it, filtering nothing
        }
    }
}
