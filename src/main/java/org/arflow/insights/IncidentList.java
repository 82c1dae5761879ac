package org.arflow.insights;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arflow.claims.Claim;
import org.arflow.claims.ClaimService;
import org.arflow.incidents.Incident;
import org.arflow.incidents.Incidents;
import org.arflow.payers.PayerService;
import org.arflow.tasks.OfficeCalendar;
import org.springframework.stereotype.Service;

/**
 * Open incidents as the supervisors filter them: failed in the period (office days; no dates, all) and on a
 * claim of the payer / of the team's payers. With a payer or team chosen, incidents without a claim drop out.
 * Open incidents are a few hundred at most (the list is capped), so they are filtered here, by their claims.
 */
@Service
class IncidentList {

    private final Incidents incidents;
    private final ClaimService claims;
    private final PayerService payers;

    IncidentList(Incidents incidents, ClaimService claims, PayerService payers) {
        this.incidents = incidents;
        this.claims = claims;
        this.payers = payers;
    }

    List<Incident> open(InsightsFilter filter) {
        List<Incident> open = incidents.open().stream().filter(i -> inPeriod(i, filter)).toList();
        if (filter.payer() == null && filter.team() == null) {
            return open;
        }
        Map<String, Claim> byId = claims.findAll(open.stream().map(Incident::claimId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Claim::claimId, Function.identity()));
        Map<Long, String> teamOfPayer = new HashMap<>();
        payers.all().forEach(p -> teamOfPayer.put(p.id(), p.billingTeam()));
        return open.stream().filter(i -> i.claimId() != null && byId.containsKey(i.claimId()))
                .filter(i -> matches(byId.get(i.claimId()), filter, teamOfPayer)).toList();
    }

    private static boolean inPeriod(Incident i, InsightsFilter f) {
        LocalDate day = i.failedAt().atZoneSameInstant(OfficeCalendar.ZONE).toLocalDate();
        return (f.from() == null || !day.isBefore(f.from())) && (f.to() == null || !day.isAfter(f.to()));
    }

    private static boolean matches(Claim claim, InsightsFilter f, Map<Long, String> teamOfPayer) {
        return (f.payer() == null || f.payer().equalsIgnoreCase(claim.payerName()))
                && (f.team() == null || f.team().equals(teamOfPayer.get(claim.payerId())));
    }
}
