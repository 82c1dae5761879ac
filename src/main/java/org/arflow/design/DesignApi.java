package org.arflow.design;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import org.arflow.engine.DeployedProcess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The process catalog (analysts; supervisors read) and drafts with validation and safe deploy (analysts). */
@RestController
@RequestMapping("/api/design")
@RolesAllowed("ANALYST")
@Tag(name = "Design", description = "Process catalog, drafts, validation and safe deploy")
class DesignApi {

    private final ProcessCatalog catalog;
    private final Drafts drafts;
    private final SafeDeploy deploy;

    DesignApi(ProcessCatalog catalog, Drafts drafts, SafeDeploy deploy) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.deploy = deploy;
    }

    /** A draft without its XML, for lists. */
    record DraftSummary(long id, String processId, String title, Integer basedOnVersion, int revision, String state,
                        String updatedBy, java.time.OffsetDateTime updatedAt, Integer deployedVersion) {
        static DraftSummary of(Draft d) {
            return new DraftSummary(d.id(), d.processId(), d.title(), d.basedOnVersion(), d.revision(), d.state(),
                    d.updatedBy(), d.updatedAt(), d.deployedVersion());
        }
    }

    record DeployRequest(String reason) {
    }

    record DeployAnswer(String processId, int version, String runningClaims) {
    }

    @GetMapping("/processes")
    @RolesAllowed({"ANALYST", "SUPERVISOR"})
    @Operation(summary = "Every process and decision version: latest, open claims on it, deployed when, by whom and why")
    List<CatalogEntry> processes() {
        return catalog.entries();
    }

    @GetMapping("/processes/{kind}/{id}/{version}/file")
    @RolesAllowed({"ANALYST", "SUPERVISOR"})
    @Operation(summary = "The BPMN or DMN file of a version (kind PROCESS or DECISION), for Camunda Modeler")
    ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable String id, @PathVariable int version) {
        String name = id + "-v" + version + (kind.equalsIgnoreCase("DECISION") ? ".dmn" : ".bpmn");
        return download(catalog.file(kind.toUpperCase(java.util.Locale.ROOT), id, version), name, MediaType.APPLICATION_XML);
    }

    @GetMapping("/export")
    @RolesAllowed({"ANALYST", "SUPERVISOR"})
    @Operation(summary = "The live versions of every file as a zip, named as in bpmn/")
    ResponseEntity<byte[]> export() {
        return download(catalog.exportLatest(), "arflow-bpmn.zip", MediaType.parseMediaType("application/zip"));
    }

    @GetMapping("/drafts")
    List<DraftSummary> drafts() {
        return drafts.list().stream().map(DraftSummary::of).toList();
    }

    @GetMapping("/drafts/{id}")
    Draft draft(@PathVariable long id) {
        return drafts.get(id);
    }

    @PostMapping("/drafts")
    @Operation(summary = "A new draft as a copy of a deployed process version")
    DraftSummary copy(@RequestParam String processId, @RequestParam int version, Principal user) {
        return DraftSummary.of(drafts.copyOf(processId, version, user.getName()));
    }

    @PostMapping(value = "/drafts/upload", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "A new draft from a .bpmn file edited in Camunda Modeler (the request body)")
    DraftSummary upload(@RequestParam(defaultValue = "upload.bpmn") String fileName, @RequestBody byte[] content,
                        Principal user) {
        return DraftSummary.of(drafts.upload(fileName, content, user.getName()));
    }

    @PutMapping(value = "/drafts/{id}", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Saves the draft's XML as its next revision")
    DraftSummary save(@PathVariable long id, @RequestBody String xml, Principal user) {
        return DraftSummary.of(drafts.save(id, xml, user.getName()));
    }

    @DeleteMapping("/drafts/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal user) {
        drafts.delete(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/drafts/{id}/validation")
    @Operation(summary = "Runs every check; the report has one line per check with its reason")
    ValidationReport validate(@PathVariable long id, Principal user) {
        return drafts.validate(id, user.getName());
    }

    @PostMapping("/drafts/{id}/deployment")
    @Operation(summary = "Deploys a validated, unchanged draft to the live engine; a reason is required")
    DeployAnswer deploy(@PathVariable long id, @RequestBody DeployRequest request, Principal user) {
        DeployedProcess version = deploy.deploy(id, user.getName(), request == null ? null : request.reason());
        return new DeployAnswer(version.processId(), version.version(), deploy.migrationAnswer());
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
