package org.arflow.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceBalanceTest {

    private final RemittanceBalance balance = new RemittanceBalance();

    private static Remittance remittance(String bpr, String... claims) {
        String[] body = new String[4 + claims.length];
        body[0] = bpr;
        body[1] = "TRN*1*CHK777*1234567890";
        body[2] = "N1*PR*ACME HEALTH PLAN*XV*P1";
        body[3] = "N1*PE*RIVERSIDE CLINIC*XX*1234567893";
        System.arraycopy(claims, 0, body, 4, claims.length);
        return new RemittanceParser().parse(X12Text.stream(X12Text.file("835", "005010X221A1", body)), "b.835")
                .getFirst();
    }

    @Test
    void remittance_that_balances_at_every_level_has_no_problems() {
        // claim 1: 300 - 10 (claim CAS) - 20 - 70 (line CAS) = 200; lines 100-20=80, 200-70=130
        // claim 2 is a reversal of an earlier 50.00 payment; PLB takes 5.00 and pays 1.25 interest
        // BPR = 200 - 50 - (5.00 - 1.25) = 146.25
        Remittance remittance = remittance("BPR*I*146.25*C*CHK************20250115",
                "LX*1",
                "CLP*C1*1*300*200*40*12",
                "CAS*CO*A2*10",
                "SVC*HC:99213*100*80",
                "CAS*CO*45*20",
                "SVC*HC:99214*200*130",
                "CAS*PR*1*40**2*30",
                "CLP*C0*22*-60*-50**12",
                "CAS*CO*45*-10",
                "PLB*1234567893*20251231*WO:C0*5.00*L6*-1.25");

        assertThat(balance.check(remittance)).isEmpty();
    }

    @Test
    void amounts_equal_in_value_but_written_with_other_decimals_balance() {
        Remittance remittance = remittance("BPR*I*80*C*CHK************20250115",
                "CLP*C1*1*100.0*80.00**12", "CAS*CO*45*20", "SVC*HC:99213*100*80.0", "CAS*CO*45*20.000");

        // the claim has the 20 twice (claim and line level): only the claim level is off
        assertThat(balance.check(remittance)).extracting(BalanceProblem::level)
                .containsExactly(BalanceProblem.Level.CLAIM);
    }

    @Test
    void service_line_that_does_not_balance_is_reported_with_claim_line_and_amounts() {
        // the claim balances (300 - 70 = 230) while its second line does not (200 - 70 is not 30)
        Remittance remittance = remittance("BPR*I*230*C*CHK************20250115",
                "CLP*C1*1*300*230**12",
                "SVC*HC:99213*100*100",
                "SVC*HC:99214*200*30",
                "CAS*CO*45*170",
                "CAS*CO*45*-100");

        List<BalanceProblem> problems = balance.check(remittance);

        assertThat(problems).hasSize(1);
        BalanceProblem problem = problems.getFirst();
        assertThat(problem.level()).isEqualTo(BalanceProblem.Level.SERVICE_LINE);
        assertThat(problem.transactionControlNumber()).isEqualTo("0001");
        assertThat(problem.claimId()).isEqualTo("C1");
        assertThat(problem.lineNumber()).isEqualTo(2);
        assertThat(problem.expected()).isEqualByComparingTo("130");
        assertThat(problem.actual()).isEqualByComparingTo("30");
        assertThat(problem.difference()).isEqualByComparingTo("-100");
        assertThat(problem.description()).isEqualTo("Claim C1, service line 2: charge 200 minus line adjustments 70"
                + " make 130, but the line payment (SVC03) is 30.");
    }

    @Test
    void claim_that_does_not_balance_is_reported() {
        Remittance remittance = remittance("BPR*I*90*C*CHK************20250115",
                "CLP*C1*1*100*90**12", "CAS*CO*45*20");

        assertThat(balance.check(remittance)).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(BalanceProblem.Level.CLAIM);
            assertThat(problem.claimId()).isEqualTo("C1");
            assertThat(problem.lineNumber()).isNull();
            assertThat(problem.expected()).isEqualByComparingTo("80");
            assertThat(problem.actual()).isEqualByComparingTo("90");
            assertThat(problem.description()).contains("Claim C1:", "(CLP04) is 90");
        });
    }

    @Test
    void payment_that_is_not_the_claims_minus_provider_adjustments_is_reported() {
        Remittance remittance = remittance("BPR*I*100*C*CHK************20250115",
                "CLP*C1*1*100*100**12", "PLB*1234567893*20251231*WO*10");

        assertThat(balance.check(remittance)).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(BalanceProblem.Level.TRANSACTION);
            assertThat(problem.claimId()).isNull();
            assertThat(problem.expected()).isEqualByComparingTo("90");
            assertThat(problem.actual()).isEqualByComparingTo("100");
            assertThat(problem.description()).startsWith("Transaction 0001:");
        });
    }

    @Test
    void a_debit_payment_balances_against_claims_that_take_money_back() {
        Remittance remittance = remittance("BPR*D*50*D*ACH************20250115", "CLP*C1*22*-50*-50**12");

        assertThat(balance.check(remittance)).isEmpty();
    }
}
