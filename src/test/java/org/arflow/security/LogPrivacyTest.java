package org.arflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.arflow.IntegrationTest;
import org.arflow.claims.ClaimService;
import org.arflow.claims.ClaimStage;
import org.arflow.claims.LifecycleDriver;
import org.arflow.claims.NewClaim;
import org.arflow.claims.ServiceLine;
import org.arflow.edi.X12Import;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A claim's whole life, through the API, the engine, the task list and an X12 file, leaves no patient data in the logs. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    private static final String FIRST = "Quintessa";
    private static final String LAST = "Zebrowskyte";
    private static final String MEMBER = "MBRX93715";

    @Autowired
    ClaimService claims;
    @Autowired
    LifecycleDriver office;
    @Autowired
    X12Import importer;

    @Test
    void patient_names_member_ids_and_claim_ids_never_reach_the_logs(CapturedOutput output) {
        claims.submit(new NewClaim("PRIV-CLAIM-7731", new NewClaim.PatientRef(FIRST, LAST, LocalDate.of(1966, 6, 6), MEMBER),
                "Medicare", null, LocalDate.now().minusDays(10), null, new BigDecimal("120.00"), null,
                List.of(new ServiceLine(1, "99213", null, new BigDecimal("120.00"), BigDecimal.ONE, null))));
        office.instanceKey("PRIV-CLAIM-7731");
        office.remit("PRIV-CLAIM-7731", "PRIV-T1", "4", "120.00", "0", "0", LifecycleDriver.adj("CO", "4", "120.00"));
        office.complete("PRIV-CLAIM-7731", "CorrectAndResubmit", Map.of("correctionOutcome", "RESUBMITTED",
                "notes", "called " + FIRST + " " + LAST));
        office.awaitStage("PRIV-CLAIM-7731", ClaimStage.AWAITING_PAYER);
        importer.importFile("priv.835", (String.join("~\n", List.of(
                "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250101*1200*^*00501*000000777*0*T*:",
                "GS*HP*SENDER*RECEIVER*20250101*1200*777*X*005010X221A1", "ST*835*0001",
                "BPR*I*120*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*20250115",
                "TRN*1*PRIV-EFT*1234567890", "N1*PR*MEDICARE", "REF*2U*MCR01", "N1*PE*CLINIC*XX*1234567893", "LX*1",
                "CLP*PRIV-CLAIM-7731*1*120*120**MB*ICN", "NM1*QC*1*" + LAST + "*" + FIRST + "****MI*" + MEMBER,
                "SE*10*0001", "GE*1*777", "IEA*1*000000777")) + "~\n").getBytes(StandardCharsets.US_ASCII), "TEST", "biller");
        office.awaitStage("PRIV-CLAIM-7731", ClaimStage.CLOSED);

        assertThat(output.getAll()).isNotBlank()
                .doesNotContain(FIRST).doesNotContain(LAST).doesNotContain(MEMBER).doesNotContain("1966-06-06")
                .doesNotContain("PRIV-CLAIM-7731");
    }
}
