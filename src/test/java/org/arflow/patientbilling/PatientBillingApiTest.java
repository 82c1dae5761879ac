package org.arflow.patientbilling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.arflow.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The patient billing API as a script uses it: HTTP Basic, JSON in, JSON or PDF out. */
@PatientBillingIntegrationTest
class PatientBillingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    PatientBillingDriver patient;

    @Test
    void a_biller_records_a_payment_once_and_sees_it_on_the_account() throws Exception {
        long account = patient.claimLeavingPatient("API-PB-1", "60.00");
        String body = """
                {"amount": 20.00, "paidOn": "2026-11-20", "method": "CHECK", "reference": "CHK-1001"}""";

        var first = http().postJson("/api/patients/" + account + "/payments", "biller", body);
        var again = http().postJson("/api/patients/" + account + "/payments", "biller", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).at("/recorded").asBoolean()).isFalse();
        JsonNode detail = json.readTree(http().get("/api/patients/" + account + "/account", "biller").body());
        assertThat(detail.at("/balanceDue").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(detail.at("/payments").size()).isEqualTo(1);
        assertThat(detail.at("/balances/0/claimId").asText()).isEqualTo("API-PB-1");
        long statement = detail.at("/statements/0/id").asLong();
        var pdf = http().get("/api/statements/" + statement, "supervisor");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String day = detail.at("/statements/0/statementDate").asText();
        assertThat(http().get("/api/statements/daily?date=" + day, "biller").statusCode()).isEqualTo(200);
    }

    @Test
    void a_payment_without_amount_or_reference_is_refused_naming_the_fields() {
        long account = patient.claimLeavingPatient("API-PB-2", "60.00");

        var refused = http().postJson("/api/patients/" + account + "/payments", "biller",
                "{\"amount\": -5, \"paidOn\": \"2026-11-20\", \"method\": \"CASH\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("amount:", "reference:");
    }

    @Test
    void only_billers_and_supervisors_see_patient_accounts() {
        assertThat(http().get("/api/patients/1/account", "analyst").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/patients/999999/account", "biller").statusCode()).isEqualTo(404);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
