package org.arflow.tasks;

import org.arflow.engine.EngineInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded engine starts empty and hands out the same job keys again. Before any worker opens,
 * the tasks of the earlier run leave the queues (their claims are resumed and get new tasks) and
 * their keys move out of the way, so that a new task never lands on an old row. The ones still open
 * are marked interrupted: a follow-up that stood at such a task resumes there.
 */
@Component
class TasksOfEarlierEngineRun implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TasksOfEarlierEngineRun.class);

    private final JdbcClient jdbc;
    private final EngineInfo engine;

    TasksOfEarlierEngineRun(JdbcClient jdbc, EngineInfo engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    @Override
    public void afterPropertiesSet() {
        if (!engine.isInMemory()) {
            return;
        }
        int archived = jdbc.sql("""
                        update user_task set state = case when state = 'OPEN' then 'CANCELED' else state end,
                               interrupted_at = case when state = 'OPEN' then now() else interrupted_at end,
                               closed_at = coalesce(closed_at, now()), job_key = -nextval('user_task_archive_key')
                        where job_key > 0""").update();
        if (archived > 0) {
            log.info("Moved {} tasks of the earlier engine run out of the queues", archived);
        }
    }
}
