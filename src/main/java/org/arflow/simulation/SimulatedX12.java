package org.arflow.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the files a clearinghouse would send: the practice's 837P, a payer's 835 and 277. They go
 * through arflow's real import path like any other file.
 */
final class SimulatedX12 {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private SimulatedX12() {
    }

    static String claims837(List<SyntheticClaim> claims, int control) {
        List<String> body = new ArrayList<>(List.of("BHT*0019*00*" + control + "*" + D8.format(LocalDate.now()) + "*1200*CH",
                "NM1*41*2*ARFLOW DEMO PRACTICE*****46*DEMO1", "NM1*40*2*CLEARINGHOUSE*****46*CH1", "HL*1**20*1",
                "NM1*85*2*ARFLOW DEMO PRACTICE*****XX*1234567893"));
        int hl = 2;
        for (SyntheticClaim c : claims) {
            body.add("HL*" + hl++ + "*1*22*0");
            body.add("SBR*P*18*******" + filingCode(c.payer()));
            body.add("NM1*IL*1*" + c.lastName().toUpperCase() + "*" + c.firstName().toUpperCase() + "****MI*" + c.memberId());
            body.add("DMG*D8*" + D8.format(c.birthDate()) + "*" + c.gender());
            body.add("NM1*PR*2*" + c.payer().payerName() + "*****PI*" + c.payer().payerCode());
            body.add("CLM*" + c.claimId() + "*" + c.total().toPlainString() + "***11:B:1*Y*A*Y*Y");
            int lx = 1;
            for (SyntheticClaim.Line line : c.lines()) {
                body.add("LX*" + lx++);
                body.add("SV1*HC:" + line.procedureCode() + "*" + line.charge().toPlainString() + "*UN*1***1");
                body.add("DTP*472*D8*" + D8.format(c.serviceDate()));
            }
        }
        return envelope("HC", "005010X222A1", "837", control, body);
    }

    static String remittance835(PayerBehaviour payer, List<PayerResponse> responses, String trace, int control) {
        BigDecimal total = responses.stream().map(PayerResponse::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> body = new ArrayList<>(List.of(
                "BPR*I*" + total.toPlainString() + "*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*"
                        + D8.format(LocalDate.now()),
                "TRN*1*" + trace + "*1234567890", "N1*PR*" + payer.payerName(), "REF*2U*" + payer.payerCode(),
                "N1*PE*ARFLOW DEMO PRACTICE*XX*1234567893", "LX*1"));
        for (PayerResponse r : responses) {
            SyntheticClaim c = r.claim();
            boolean denied = r.kind() == PayerResponse.Kind.DENIED;
            body.add("CLP*" + c.claimId() + "*" + (denied ? "4" : "1") + "*" + c.total().toPlainString() + "*"
                    + r.paid().toPlainString() + "*" + r.patientShare().toPlainString() + "*12*ICN" + c.claimId());
            body.add("NM1*QC*1*" + c.lastName().toUpperCase() + "*" + c.firstName().toUpperCase() + "****MI*" + c.memberId());
            if (denied) {
                body.add("CAS*CO*" + r.denialReason() + "*" + r.contractual().toPlainString());
            } else {
                if (r.contractual().signum() != 0) {
                    body.add("CAS*CO*45*" + r.contractual().toPlainString());
                }
                if (r.patientShare().signum() != 0) {
                    body.add("CAS*PR*2*" + r.patientShare().toPlainString());
                }
            }
        }
        return envelope("HP", "005010X221A1", "835", control, body);
    }

    static String documentationRequest277(PayerBehaviour payer, List<SyntheticClaim> claims, int control) {
        List<String> body = new ArrayList<>(List.of("BHT*0010*08*" + control + "*" + D8.format(LocalDate.now()) + "*1200*DG",
                "HL*1**20*1", "NM1*PR*2*" + payer.payerName() + "*****PI*" + payer.payerCode(),
                "HL*2*1*21*1", "NM1*41*2*ARFLOW DEMO PRACTICE*****46*DEMO1",
                "HL*3*2*19*1", "NM1*1P*2*ARFLOW DEMO PRACTICE*****XX*1234567893"));
        int hl = 4;
        for (SyntheticClaim c : claims) {
            body.add("HL*" + hl++ + "*3*22*0");
            body.add("NM1*IL*1*" + c.lastName().toUpperCase() + "*" + c.firstName().toUpperCase() + "****MI*" + c.memberId());
            body.add("TRN*2*" + c.claimId());
            body.add("STC*P3:317*" + D8.format(LocalDate.now()) + "**" + c.total().toPlainString());
            body.add("REF*1K*ICN" + c.claimId());
            body.add("DTP*472*D8*" + D8.format(c.serviceDate()));
        }
        return envelope("HN", "005010X212", "277", control, body);
    }

    private static String filingCode(PayerBehaviour payer) {
        return switch (payer.payerCode()) {
            case "MCR01" -> "MB";
            case "MCD01" -> "MC";
            case "WCM01" -> "WC";
            default -> "CI";
        };
    }

    private static String envelope(String functionalId, String guide, String type, int control, List<String> body) {
        String isaControl = String.format("%09d", control);
        LocalDateTime now = LocalDateTime.now();
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*ARFLOW         *"
                + now.format(DateTimeFormatter.ofPattern("yyMMdd*HHmm")) + "*^*00501*" + isaControl + "*0*T*:");
        segments.add("GS*" + functionalId + "*CLEARINGHOUSE*ARFLOW*" + D8.format(now.toLocalDate()) + "*"
                + now.format(DateTimeFormatter.ofPattern("HHmm")) + "*" + control + "*X*" + guide);
        segments.add("ST*" + type + "*0001");
        segments.addAll(body);
        segments.add("SE*" + (body.size() + 2) + "*0001");
        segments.add("GE*1*" + control);
        segments.add("IEA*1*" + isaControl);
        return String.join("~\n", segments) + "~\n";
    }
}
