package org.arflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Remittances find their claims the way real files need: several CLPs that share one CLP01 (an account
 * number), an unknown CLP01 with a known payer claim number, a CLP01 whose claim belongs to another payer.
 */
@IntegrationTest
class ClaimMatchingTest {

    private static final String ACCOUNT = "PATIENT ACCOUNT NUMBER";

    @Autowired
    LifecycleDriver office;
    @Autowired
    ClaimService claims;
    @Autowired
    RemittancePosting posting;

    @Test
    void claims_sharing_one_clp01_are_matched_by_patient_date_and_charge_or_listed_with_their_candidates() {
        LocalDate day = office.engineToday().minusDays(20);
        claim("CM-DENT-1", "M-DENT", day, "110.00");
        claim("CM-DENT-2", "M-DENT", day.plusDays(1), "85.00");
        claim("CM-DENT-3", "M-DENT", day.plusDays(2), "64.00");
        claim("CM-DENT-4", "M-DENT", day.plusDays(2), "64.00");

        Map<String, RemittancePosting.Result> results = posting.postAllMatched(List.of(
                dental("CMD-1", day, "110.00"), dental("CMD-2", day.plusDays(1), "85.00"),
                dental("CMD-3", day.plusDays(2), "64.00")));

        assertThat(results.get("CMD-1").claimId()).isEqualTo("CM-DENT-1");
        assertThat(results.get("CMD-2").claimId()).isEqualTo("CM-DENT-2");
        assertThat(results.get("CMD-3").outcome()).isEqualTo(RemittancePosting.Outcome.AMBIGUOUS);
        assertThat(results.get("CMD-3").candidates()).containsExactlyInAnyOrder("CM-DENT-3", "CM-DENT-4");
        assertThat(results.get("CMD-3").problem()).contains("CM-DENT-3", "CM-DENT-4");
        assertThat(claims.get("CM-DENT-1").paidAmount()).isEqualByComparingTo("110.00");
        assertThat(claims.get("CM-DENT-3").paidAmount()).isEqualByComparingTo("0");
        assertThat(claims.timeline("CM-DENT-2")).anyMatch(e -> e.kind().equals("MATCHED")
                && e.description().contains(ACCOUNT));
    }

    @Test
    void an_unknown_clp01_is_matched_by_the_payer_claim_number_of_an_earlier_remittance() {
        claim("CM-PCN", "M-PCN", office.engineToday().minusDays(30), "200.00");
        posting.post("CM-PCN", remittance("CMP-1", "1", "200.00", "50.00", "PAYER-CLAIM-77"));

        Map<String, RemittancePosting.Result> results = posting.postAllMatched(List.of(new RemittancePosting.Posting(
                "OLD-ACCOUNT-9", remittance("CMP-2", "1", "200.00", "30.00", "PAYER-CLAIM-77"),
                new RemittanceIdentity(null, "Medicare", null, null, null, null))));

        assertThat(results.get("CMP-2").claimId()).isEqualTo("CM-PCN");
        assertThat(claims.get("CM-PCN").paidAmount()).isEqualByComparingTo("80.00");
    }

    @Test
    void a_clp01_whose_claim_another_payer_was_billed_for_is_held_with_that_claim_as_candidate() {
        claim("CM-OTHER", "M-OTHER", office.engineToday().minusDays(15), "90.00");

        Map<String, RemittancePosting.Result> results = posting.postAllMatched(List.of(new RemittancePosting.Posting(
                "CM-OTHER", remittance("CMO-1", "1", "90.00", "90.00", "ACME-1"),
                new RemittanceIdentity("ACME1", "Acme Health", null, null, null, null))));

        assertThat(results.get("CMO-1").outcome()).isEqualTo(RemittancePosting.Outcome.AMBIGUOUS);
        assertThat(results.get("CMO-1").candidates()).containsExactly("CM-OTHER");
        assertThat(results.get("CMO-1").problem()).contains("billed to Medicare");
        assertThat(claims.get("CM-OTHER").paidAmount()).isEqualByComparingTo("0");
    }

    private void claim(String claimId, String memberId, LocalDate day, String billed) {
        claims.submit(new NewClaim(claimId, new NewClaim.PatientRef("Dana", "Molar", LocalDate.of(1980, 2, 2), memberId),
                "Medicare", null, day, null, new BigDecimal(billed), null,
                List.of(new ServiceLine(1, "D1110", null, new BigDecimal(billed), BigDecimal.ONE, null))));
    }

    private RemittancePosting.Posting dental(String reference, LocalDate day, String charge) {
        return new RemittancePosting.Posting(ACCOUNT, remittance(reference, "1", charge, charge, "DENTAL-PCN"),
                new RemittanceIdentity(null, null, "MOLAR", "DANA", "M-DENT", day));
    }

    private ClaimRemittance remittance(String reference, String status, String charge, String paid, String pcn) {
        return new ClaimRemittance(reference, status, new BigDecimal(charge), new BigDecimal(paid), BigDecimal.ZERO, pcn,
                office.engineToday(), List.of(), List.of(), List.of());
    }
}
