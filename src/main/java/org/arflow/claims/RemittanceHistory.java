package org.arflow.claims;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What payers remitted for a claim, as posted: the facts behind a denial, for the people working it. */
@Service
public class RemittanceHistory {

    private final ClaimService claims;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RemittanceHistory(ClaimService claims, JdbcClient jdbc, ObjectMapper json) {
        this.claims = claims;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The claim's remittances, oldest first. */
    public List<ClaimRemittance> of(String claimId) {
        return jdbc.sql("""
                        select reference, status_code, charge, paid, patient_responsibility, payer_claim_control,
                               received_on, adjustments::text as adjustments, remark_codes, service_lines::text as lines
                        from claim_remittance where claim_id = :id order by received_on, id""")
                .param("id", claims.get(claimId).id()).query(this::map).list();
    }

    /** A denied amount as a person works it: which remittance said so, and when. */
    public record Denial(String reference, LocalDate receivedOn, DeniedLine line) {
    }

    /** Every denied line of the claim's remittances, oldest first. */
    public List<Denial> denials(String claimId) {
        record Row(String reference, LocalDate receivedOn, String deniedLines) {
        }
        return jdbc.sql("""
                        select reference, received_on, denied_lines::text as denied_lines from claim_remittance
                        where claim_id = :id and denied_amount <> 0 order by received_on, id""")
                .param("id", claims.get(claimId).id()).query(Row.class).list().stream()
                .flatMap(r -> read(r.deniedLines(), new TypeReference<List<DeniedLine>>() {
                }).stream().map(line -> new Denial(r.reference(), r.receivedOn(), line)))
                .toList();
    }

    private ClaimRemittance map(ResultSet rs, int row) throws SQLException {
        String[] remarks = (String[]) rs.getArray("remark_codes").getArray();
        return new ClaimRemittance(rs.getString("reference"), rs.getString("status_code"), rs.getBigDecimal("charge"),
                rs.getBigDecimal("paid"), rs.getBigDecimal("patient_responsibility"),
                rs.getString("payer_claim_control"), rs.getObject("received_on", LocalDate.class),
                read(rs.getString("adjustments"), new TypeReference<List<Adjustment>>() {
                }), Arrays.asList(remarks), read(rs.getString("lines"), new TypeReference<List<ClaimRemittance.RemittanceLine>>() {
                }));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable adjustments or lines of a posted remittance", e);
        }
    }
}
