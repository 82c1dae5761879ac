package org.arflow.payers;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payers and their rules. */
@Service
public class PayerService {

    private static final String COLUMNS = """
            id, name, payer_code, payer_class, timely_filing_days, timely_filing_warning_days, appeal_days,
            expected_turnaround_days, follow_up_days_override, billing_team""";

    private final JdbcClient jdbc;

    PayerService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Payer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from payer where id = :id").param("id", id)
                .query(Payer.class).optional();
    }

    public Optional<Payer> findByName(String name) {
        return jdbc.sql("select " + COLUMNS + " from payer where lower(name) = lower(:name)").param("name", name)
                .query(Payer.class).optional();
    }

    /** The payer of that name; a new one gets the rules of its class (OTHER when unknown). */
    @Transactional
    public Payer findOrCreate(String name, String payerCode, PayerClass payerClass) {
        return findByName(name).orElseGet(() -> {
            PayerClass cls = payerClass == null ? PayerClass.OTHER : payerClass;
            jdbc.sql("""
                            insert into payer (name, payer_code, payer_class, timely_filing_days, timely_filing_warning_days,
                                               appeal_days, expected_turnaround_days, billing_team)
                            values (:name, :code, :cls, :tf, :warn, :appeal, :turnaround, :team)
                            on conflict (name) do nothing""")
                    .param("name", name).param("code", payerCode).param("cls", cls.name())
                    .param("tf", cls.timelyFilingDays).param("warn", cls.timelyFilingWarningDays)
                    .param("appeal", cls.appealDays).param("turnaround", cls.expectedTurnaroundDays)
                    .param("team", cls.billingTeam).update();
            return findByName(name).orElseThrow();
        });
    }

    public List<Payer> all() {
        return jdbc.sql("select " + COLUMNS + " from payer order by name").query(Payer.class).list();
    }
}
