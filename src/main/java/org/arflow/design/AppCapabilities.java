package org.arflow.design;

import io.camunda.client.jobhandling.JobWorkerManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.arflow.engine.PublishedMessages;
import org.arflow.security.Role;
import org.arflow.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the running app offers a process, read from the app itself: the job types its workers take
 * (the Camunda starter's registry of opened workers), the messages its features declare they publish,
 * and the teams (and roles) tasks can be offered to.
 */
@Component
class AppCapabilities {

    private final ObjectProvider<JobWorkerManager> workers;
    private final List<PublishedMessages> publishers;
    private final UserDirectory users;

    AppCapabilities(ObjectProvider<JobWorkerManager> workers, List<PublishedMessages> publishers, UserDirectory users) {
        this.workers = workers;
        this.publishers = publishers;
        this.users = users;
    }

    boolean hasWorkerFor(String jobType) {
        JobWorkerManager manager = workers.getIfAvailable();
        return manager != null && manager.findJobWorkerConfigByType(jobType).isPresent();
    }

    Set<String> publishedMessages() {
        Set<String> names = new TreeSet<>();
        publishers.forEach(p -> names.addAll(p.messageNames()));
        return names;
    }

    Set<String> groups() {
        Set<String> groups = new TreeSet<>(users.teamNames());
        for (Role role : Role.values()) {
            groups.add(role.name());
        }
        return groups;
    }
}
