package org.arflow.edi;

import java.util.ArrayList;
import java.util.List;
import org.arflow.edi.x12.X12Text;

/** Small X12 files the project owns, with envelopes and counts right. */
final class X12Fixtures {

    private X12Fixtures() {
    }

    /** An 835 paying {@code total} under trace number {@code trace}, with these claim segments (CLP, CAS, SVC ...). */
    static String remittance(String control, String trace, String total, String... claimSegments) {
        List<String> body = new ArrayList<>(List.of(
                "BPR*I*" + total + "*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*20250115",
                "TRN*1*" + trace + "*1234567890",
                "DTM*405*20250114",
                "N1*PR*MEDICARE",
                "N3*1 MAIN ST",
                "REF*2U*MCR01",
                "N1*PE*RIVERSIDE CLINIC*XX*1234567893",
                "LX*1"));
        body.addAll(List.of(claimSegments));
        return X12Text.envelope("005010X221A1", "HP", List.of(X12Text.transaction("835", control, body.toArray(String[]::new))));
    }

    /** An 837P with a dependent's claim at a commercial payer and a subscriber's claim at Medicare. */
    static String claims(String control, String firstClaimId, String secondClaimId) {
        String[] body = {
            "BHT*0019*00*B1*20250110*1200*CH",
            "NM1*41*2*BILLING CO*****46*TX1",
            "NM1*40*2*ACME HEALTH PLAN*****46*P1",
            "HL*1**20*1",
            "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893",
            "HL*2*1*22*1",
            "SBR*P*18*GRP1******CI",
            "NM1*IL*1*DOE*JOHN****MI*SUB1",
            "DMG*D8*19700101*M",
            "NM1*PR*2*ACME HEALTH PLAN*****PI*P1",
            "HL*3*2*23*0",
            "PAT*19",
            "NM1*QC*1*DOE*AMY",
            "DMG*D8*20100505*F",
            "CLM*" + firstClaimId + "*150***11:B:1*Y*A*Y*Y",
            "LX*1",
            "SV1*HC:99213:25*100*UN*1***1",
            "DTP*472*D8*20251102",
            "LX*2",
            "SV1*HC:87070*50*UN*2***1",
            "DTP*472*D8*20251102",
            "HL*4*1*22*0",
            "SBR*P*18*******MB",
            "NM1*IL*1*ROE*RITA****MI*SUB2",
            "DMG*D8*19500202*F",
            "NM1*PR*2*MEDICARE*****PI*MCR01",
            "CLM*" + secondClaimId + "*80***12:B:1*Y*A*Y*Y",
            "LX*1",
            "SV1*HC:99214*80*UN*1***1",
            "DTP*472*D8*20251106"};
        return X12Text.envelope("005010X222A1", "HC", List.of(X12Text.transaction("837", control, body)));
    }

    /** A 277 with one claim-level status (STC01 composite such as P3:317) for this claim id. */
    static String status(String control, String claimId, String stc01) {
        String[] body = {
            "BHT*0010*08*277X*20250120*1200*DG",
            "HL*1**20*1",
            "NM1*PR*2*MEDICARE*****PI*MCR01",
            "HL*2*1*21*1",
            "NM1*41*2*BILLING CO*****46*TX1",
            "HL*3*2*19*1",
            "NM1*1P*2*RIVERSIDE CLINIC*****XX*1234567893",
            "HL*4*3*22*0",
            "NM1*IL*1*ROE*RITA****MI*SUB2",
            "TRN*2*" + claimId,
            "STC*" + stc01 + "*20250118**150.00",
            "REF*1K*ICN-" + claimId,
            "DTP*472*D8*20251102"};
        return X12Text.envelope("005010X212", "HN", List.of(X12Text.transaction("277", control, body)));
    }

    /** The same file under another interchange control number (ISA13 and IEA02, nine digits). */
    static String underInterchange(String isa13, String file) {
        return file.replace("*000000042*", "*" + isa13 + "*").replace("IEA*1*000000042", "IEA*1*" + isa13);
    }

    /** An 835 with several transaction sets (each a list of body segments from BPR on) in one interchange. */
    static String remittances(List<List<String>> bodies) {
        List<List<String>> sets = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            sets.add(X12Text.transaction("835", String.format("%04d", i + 1), bodies.get(i).toArray(String[]::new)));
        }
        return X12Text.envelope("005010X221A1", "HP", sets);
    }

    /** The segments of one 835 transaction set from BPR to the claims, as {@link #remittance} writes them. */
    static List<String> remittanceBody(String trace, String total, String... claimSegments) {
        List<String> body = new ArrayList<>(List.of(
                "BPR*I*" + total + "*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*20250115",
                "TRN*1*" + trace + "*1234567890",
                "N1*PR*MEDICARE",
                "REF*2U*MCR01",
                "N1*PE*RIVERSIDE CLINIC*XX*1234567893",
                "LX*1"));
        body.addAll(List.of(claimSegments));
        return body;
    }
}
