package org.arflow.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adjustments that lower a balance without work for a person (CO-45 fee schedule, CO-253
 * sequestration and the like): data an administrator keeps, not code. Every other CO, OA or PI
 * amount on a remittance is a denied amount.
 */
@Service
public class NoWorkAdjustments {

    /** One listed group + reason code. */
    public record Rule(String groupCode, String reasonCode, String description, String changedBy) {
    }

    private final JdbcClient jdbc;
    private final BigDecimal threshold;

    NoWorkAdjustments(JdbcClient jdbc, @Value("${arflow.remittance.denied-threshold:0.00}") BigDecimal threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    /** The list as it is now, with the threshold: read once per posted batch or simulation run. */
    public PostingPolicy policy() {
        return new PostingPolicy(list().stream().map(r -> r.groupCode() + "-" + r.reasonCode())
                .collect(Collectors.toSet()), threshold);
    }

    public List<Rule> list() {
        return jdbc.sql("select group_code, reason_code, description, changed_by from no_work_adjustment"
                + " order by group_code, reason_code").query(Rule.class).list();
    }

    @Transactional
    public void put(String group, String reason, String description, String user) {
        jdbc.sql("""
                        insert into no_work_adjustment (group_code, reason_code, description, changed_by)
                        values (:group, :reason, :description, :user)
                        on conflict (group_code, reason_code) do update set description = excluded.description,
                               changed_by = excluded.changed_by, changed_at = now()""")
                .param("group", group).param("reason", reason).param("description", description).param("user", user)
                .update();
    }

    @Transactional
    public boolean remove(String group, String reason) {
        return jdbc.sql("delete from no_work_adjustment where group_code = :group and reason_code = :reason")
                .param("group", group).param("reason", reason).update() > 0;
    }
}
