package org.arflow.incidents;

import java.util.List;
import org.arflow.engine.JobRetries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open incidents (jobs whose retries ran out and that nobody retried since) and retrying them after a fix. */
@Service
public class Incidents {

    /** Retries a retried job gets: the same as a job in the BPMN files by default. */
    static final int RETRIES = 3;

    private final JdbcClient jdbc;
    private final JobRetries retries;

    Incidents(JdbcClient jdbc, JobRetries retries) {
        this.jdbc = jdbc;
        this.retries = retries;
    }

    public List<Incident> open() {
        return jdbc.sql("""
                        select job_key, job_type, process_instance_key, element_id, claim_id, error_message,
                               retries_left, failures, failed_at
                        from job_failure where retries_left <= 0 and retried_at is null
                        order by failed_at desc limit 500""")
                .query(Incident.class).list();
    }

    public long openCount() {
        return jdbc.sql("select count(*) from job_failure where retries_left <= 0 and retried_at is null")
                .query(Long.class).single();
    }

    /** Gives the job its retries again and resolves its incident; false when it is no open incident. */
    @Transactional
    public boolean retry(long jobKey, String user) {
        int marked = jdbc.sql("""
                        update job_failure set retried_at = now(), retried_by = :u
                        where job_key = :k and retries_left <= 0 and retried_at is null""")
                .param("u", user).param("k", jobKey).update();
        if (marked == 0) {
            return false;
        }
        retries.retry(jobKey, RETRIES);
        return true;
    }
}
