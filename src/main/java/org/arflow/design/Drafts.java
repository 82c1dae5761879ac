package org.arflow.design;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arflow.security.Role;
import org.arflow.security.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The design feature's public face for drafts: create one from a deployed version or an uploaded file,
 * save what the modeler sends, validate, and deploy (see {@link SafeDeploy}). Only analysts change drafts.
 */
@Service
public class Drafts {

    private static final Pattern PROCESS_ID = Pattern.compile("<(?:\\w+:)?process\\b[^>]*?\\bid=\"([^\"]+)\"");

    private final DraftStore store;
    private final ProcessCatalog catalog;
    private final DraftValidator validator;
    private final UserDirectory users;

    Drafts(DraftStore store, ProcessCatalog catalog, DraftValidator validator, UserDirectory users) {
        this.store = store;
        this.catalog = catalog;
        this.validator = validator;
        this.users = users;
    }

    public List<Draft> list() {
        return store.all();
    }

    public Draft get(long id) {
        return store.find(id).orElseThrow(() -> new DraftNotFoundException(id));
    }

    /** The drafts this user may read: every draft for an analyst, none for anybody else. */
    public List<Draft> readableBy(String user) {
        return mayRead(user) ? list() : List.of();
    }

    /**
     * A draft for another feature to use on the user's behalf (a what-if side): refused unless the user may
     * read drafts (analysts), and {@link DraftNotFoundException} when there is no such draft.
     */
    public Draft read(long id, String user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("Only analysts read drafts");
        }
        return get(id);
    }

    private boolean mayRead(String user) {
        return user != null && users.hasRole(user, Role.ANALYST);
    }

    /** A draft that starts as a copy of a deployed version. */
    public Draft copyOf(String processId, int version, String user) {
        mustBeAnalyst(user);
        String xml = new String(catalog.file(org.arflow.engine.DeploymentLog.PROCESS, processId, version),
                StandardCharsets.UTF_8);
        return get(store.insert(processId, processId + " (from version " + version + ")", version, xml, user));
    }

    /** A draft from a file edited in Camunda Modeler; kept even when it does not parse, so it can be fixed. */
    public Draft upload(String fileName, byte[] content, String user) {
        mustBeAnalyst(user);
        String xml = new String(content, StandardCharsets.UTF_8);
        String processId = processIdOf(xml, fileName);
        return get(store.insert(processId, fileName == null ? processId : fileName, null, xml, user));
    }

    /** Saves the XML the modeler sends as the draft's next revision; its validation must be run again. */
    public Draft save(long id, String xml, String user) {
        mustBeAnalyst(user);
        Draft draft = get(id);
        if (!store.save(id, processIdOf(xml, draft.processId()), xml, user)) {
            throw new DraftNotFoundException(id);
        }
        return get(id);
    }

    public void delete(long id, String user) {
        mustBeAnalyst(user);
        if (!store.delete(id)) {
            throw new DraftNotFoundException(id);
        }
    }

    /** Runs every check on the draft as it is now and keeps the report with the revision it checked. */
    public ValidationReport validate(long id, String user) {
        mustBeAnalyst(user);
        Draft draft = get(id);
        ValidationReport report = validator.validate(catalog.resourceNameOf(draft.processId()), draft.xml());
        store.recordValidation(id, draft.revision(), report);
        return report;
    }

    void mustBeAnalyst(String user) {
        if (user == null || !users.hasRole(user, Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts change, validate or deploy drafts");
        }
    }

    static String processIdOf(String xml, String fallback) {
        Matcher m = PROCESS_ID.matcher(xml);
        if (m.find()) {
            return m.group(1);
        }
        String name = fallback == null ? "unknown" : fallback;
        return name.endsWith(".bpmn") ? name.substring(0, name.length() - 5) : name;
    }
}
