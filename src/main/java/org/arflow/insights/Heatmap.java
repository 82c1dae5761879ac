package org.arflow.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimService;
import org.arflow.engine.ElementVisits;
import org.arflow.engine.ElementVisits.ElementFigures;
import org.arflow.engine.ElementVisits.ProcessVersion;
import org.arflow.engine.ElementVisits.VisitFilter;
import org.arflow.engine.ProcessModels;
import org.arflow.tasks.OfficeCalendar;
import org.springframework.stereotype.Service;

/**
 * The process heatmap: per element of a process version, claims there now and time spent there, from
 * the engine's element projection, filtered by the dates instances entered an element (office days, engine
 * clock), by payer and by team (the claims of the payers it works).
 */
@Service
public class Heatmap {

    private static final String CLAIM_FOLLOW_UP = "claim-follow-up";

    private final ElementVisits visits;
    private final ClaimService claims;
    private final ProcessModels models;

    Heatmap(ElementVisits visits, ClaimService claims, ProcessModels models) {
        this.visits = visits;
        this.claims = claims;
        this.models = models;
    }

    public List<ProcessVersion> versions() {
        return visits.versions();
    }

    /** The version to show first: the latest claim follow-up, else the first one deployed. */
    public Optional<ProcessVersion> defaultVersion() {
        return versions().stream().filter(v -> CLAIM_FOLLOW_UP.equals(v.processId())).findFirst()
                .or(() -> versions().stream().findFirst());
    }

    public Optional<ProcessVersion> version(String processId, Integer version) {
        return versions().stream().filter(v -> v.processId().equals(processId))
                .filter(v -> version == null || v.version() == version).findFirst();
    }

    public Optional<String> bpmnXml(ProcessVersion version) {
        return visits.bpmnXml(version.definitionKey());
    }

    /** Every element with visits, slowest (mean) first. */
    public List<ElementHeat> elements(ProcessVersion version, InsightsFilter filter) {
        List<ElementFigures> figures = visits.figures(version.definitionKey(), visitFilter(filter));
        double slowest = figures.stream().map(ElementFigures::meanSeconds).filter(m -> m != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return figures.stream()
                .map(f -> new ElementHeat(f.elementId(), models.elementName(version.processId(), f.elementId()),
                        f.elementType(), f.waiting(), f.left(), f.meanSeconds(), f.p90Seconds(),
                        colour(f.meanSeconds(), slowest)))
                .sorted(Comparator.comparing((ElementHeat h) -> h.meanSeconds() == null ? -1 : h.meanSeconds())
                        .reversed().thenComparing(ElementHeat::elementId))
                .toList();
    }

    /** The claims waiting at an element now, longest first. */
    public List<WaitingClaim> waiting(ProcessVersion version, String elementId, InsightsFilter filter) {
        var instances = visits.waiting(version.definitionKey(), elementId, visitFilter(filter));
        Map<String, Claim> byId = claims.findAll(instances.stream().map(ElementVisits.WaitingInstance::claimId)
                        .filter(id -> id != null).distinct().toList())
                .stream().collect(Collectors.toMap(Claim::claimId, Function.identity()));
        return instances.stream().map(i -> {
            Claim c = i.claimId() == null ? null : byId.get(i.claimId());
            return new WaitingClaim(i.claimId(), c == null ? null : c.payerName(), c == null ? null : c.billedAmount(),
                    c == null ? null : c.balance(), i.since(), i.processInstanceKey());
        }).toList();
    }

    /** Brings the projection up to what the engine did until now (tests; a view may ask before reading). */
    public void refresh() {
        visits.catchUp();
    }

    private VisitFilter visitFilter(InsightsFilter f) {
        boolean byClaim = blank(f.payer()) != null || blank(f.team()) != null;
        return new VisitFilter(startOf(f.from()), f.to() == null ? null : startOf(f.to().plusDays(1)),
                byClaim ? claims.claimIds(blank(f.payer()), blank(f.team())) : null);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(OfficeCalendar.ZONE).toInstant();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Green (quick) through yellow to red (the slowest): hue 120 down to 0, by mean / slowest mean. */
    static String colour(Double meanSeconds, double slowest) {
        if (meanSeconds == null || meanSeconds <= 0 || slowest <= 0) {
            return null;
        }
        long hue = Math.round(120 * (1 - Math.min(1, meanSeconds / slowest)));
        return "hsl(" + hue + ", 75%, 70%)";
    }
}
