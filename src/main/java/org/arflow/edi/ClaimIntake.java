package org.arflow.edi;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arflow.claims.ClaimService;
import org.arflow.claims.DuplicateClaimException;
import org.arflow.claims.NewClaim;
import org.arflow.claims.ServiceLine;
import org.arflow.edi.x12.ClaimSubmission;
import org.arflow.edi.x12.ClaimSubmissionParser;
import org.arflow.edi.x12.DateRange;
import org.arflow.edi.x12.Person;
import org.arflow.edi.x12.SubmittedServiceLine;
import org.arflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/** 837P/837I intake: every CLM becomes a claim and starts its follow-up; known claims are reported, not duplicated. */
@Component
class ClaimIntake {

    private final ClaimSubmissionParser parser = new ClaimSubmissionParser();
    private final ClaimService claims;

    ClaimIntake(ClaimService claims) {
        this.claims = claims;
    }

    ImportReport importFile(long fileId, String fileName, byte[] content) {
        ReportDraft draft = new ReportDraft();
        List<ClaimSubmission> submissions = parser.parse(new ByteArrayInputStream(content), fileName);
        for (int i = 0; i < submissions.size(); i++) { // every claim checked before any is created
            try {
                NewClaim claim = toNewClaim(submissions.get(i));
                claims.check(claim);
                notAfterToday("patient.birthDate", claim.patient().birthDate());
                notAfterToday("serviceFrom", claim.serviceFrom());
                notAfterToday("serviceTo", claim.serviceTo());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("claim " + (i + 1) + " (CLM) " + e.field(), e.getMessage()
                        .substring(e.field().length() + 2) + "; no claim of the file was created");
            }
        }
        for (ClaimSubmission s : submissions) {
            try {
                claims.submit(toNewClaim(s));
                draft.claimsCreated++;
            } catch (DuplicateClaimException e) {
                draft.claimsAlreadyKnown++;
                draft.warnings.add("Claim " + s.claimId() + " is already known; it was not created again");
            }
        }
        return draft.finish(fileId, fileName, "837", "Claim file imported");
    }

    private static void notAfterToday(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            throw new InvalidInputException(field, "must not be in the future (" + date + ")");
        }
    }

    static NewClaim toNewClaim(ClaimSubmission s) {
        Person patient = s.patient() != null ? s.patient() : s.subscriber();
        String memberId = s.subscriber() == null ? null : s.subscriber().memberId();
        DateRange period = servicePeriod(s);
        List<ServiceLine> lines = s.serviceLines().stream().map(ClaimIntake::line).toList();
        return new NewClaim(s.claimId(),
                new NewClaim.PatientRef(orDash(patient.firstName()), orDash(patient.lastName()), patient.birthDate(),
                        memberId),
                s.payer() == null ? "Unknown payer" : s.payer().name(), null, period.from(), period.to(),
                s.totalCharge(), null, lines);
    }

    private static DateRange servicePeriod(ClaimSubmission s) {
        DateRange period = s.servicePeriod();
        if (period != null && period.from() != null) {
            return new DateRange(period.from(), period.to() == null ? period.from() : period.to());
        }
        return DateRange.of(LocalDate.now());
    }

    private static ServiceLine line(SubmittedServiceLine l) {
        String code = l.procedure() != null && l.procedure().code() != null ? l.procedure().code()
                : (l.revenueCode() == null ? "UNKNOWN" : l.revenueCode());
        String modifiers = l.procedure() == null ? null : String.join(":", l.procedure().modifiers());
        return new ServiceLine(l.lineNumber(), code, modifiers == null || modifiers.isEmpty() ? null : modifiers,
                l.charge(), l.units() == null ? BigDecimal.ONE : l.units(),
                l.serviceDates() == null ? null : l.serviceDates().from());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
