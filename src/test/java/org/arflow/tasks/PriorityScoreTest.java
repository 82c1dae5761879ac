package org.arflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void dollars_age_deadline_and_top_priority_add_up_and_are_told_in_words() {
        ClaimContext claim = new ClaimContext("Acme Health", new BigDecimal("2000.00"), new BigDecimal("999.00"),
                TODAY.minusDays(60), TODAY.plusDays(30), null, "TOP", false);

        PriorityScore score = PriorityScore.of(claim, TODAY);

        assertThat(score.dollarPoints()).isEqualTo(30);     // balance, not billed: 10 x log10(1000)
        assertThat(score.agePoints()).isEqualTo(10);        // 60 days / 6
        assertThat(score.deadlinePoints()).isEqualTo(20);   // 30 of 90 days left
        assertThat(score.total()).isEqualTo(70);
        assertThat(score.reasons()).containsExactly("$999.00 at stake: 30 of 40",
                "60 days since the date of service: 10 of 20",
                "Timely-filing deadline in 30 days (03/31/2027): 20 of 30", "Claim raised to top priority: 10");
    }

    @Test
    void once_the_payer_has_the_claim_only_an_appeal_deadline_counts() {
        ClaimContext acknowledged = new ClaimContext("Acme Health", new BigDecimal("100"), new BigDecimal("100"),
                TODAY.minusDays(10), TODAY.plusDays(5), null, "NORMAL", true);
        ClaimContext denied = new ClaimContext("Acme Health", new BigDecimal("100"), new BigDecimal("100"),
                TODAY.minusDays(10), TODAY.plusDays(5), TODAY.minusDays(2), "NORMAL", true);

        assertThat(PriorityScore.of(acknowledged, TODAY).deadlinePoints()).isZero();
        PriorityScore appeal = PriorityScore.of(denied, TODAY);
        assertThat(appeal.deadlinePoints()).isEqualTo(30);
        assertThat(appeal.reasons()).contains("Appeal deadline passed 2 days ago (02/27/2027): 30 of 30");
    }

    @Test
    void a_bigger_balance_outranks_a_smaller_one_of_the_same_age() {
        ClaimContext big = new ClaimContext("P", null, new BigDecimal("25000"), TODAY.minusDays(200), null, null,
                "NORMAL", true);
        ClaimContext small = new ClaimContext("P", null, new BigDecimal("12"), TODAY.minusDays(200), null, null,
                "NORMAL", true);

        assertThat(PriorityScore.of(big, TODAY).total()).isEqualTo(60);     // both capped: 40 + 20
        assertThat(PriorityScore.of(small, TODAY).total()).isEqualTo(31);   // 11 + 20
    }
}
