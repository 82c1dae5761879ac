package org.arflow.edi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.arflow.edi.x12.X12Text;

/** Large, valid X12 files for benchmarks: n claims in an 837, and the 835 that pays them. */
public final class X12Generator {

    private X12Generator() {
    }

    public static String claims(String prefix, int n) {
        List<String> body = new ArrayList<>(List.of("BHT*0019*00*B1*20251110*1200*CH",
                "NM1*41*2*BILLING CO*****46*TX1", "NM1*40*2*MEDICARE*****46*MCR01", "HL*1**20*1",
                "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893"));
        for (int i = 0; i < n; i++) {
            int hl = i + 2;
            body.add("HL*" + hl + "*1*22*0");
            body.add("SBR*P*18*******MB");
            body.add("NM1*IL*1*PATIENT" + i + "*PAT****MI*M" + i);
            body.add("DMG*D8*19600101*F");
            body.add("NM1*PR*2*MEDICARE*****PI*MCR01");
            body.add("CLM*" + prefix + i + "*100***11:B:1*Y*A*Y*Y");
            body.add("LX*1");
            body.add("SV1*HC:99213*100*UN*1***1");
            body.add("DTP*472*D8*20251102");
        }
        return X12Text.envelope("005010X222A1", "HC", List.of(X12Text.transaction("837", "0001", body.toArray(String[]::new))));
    }

    /** Pays every claim 80 of 100 with a CO-45 adjustment of 20, at line level. */
    public static String remittance(String prefix, int n, String trace) {
        List<String> body = new ArrayList<>(List.of(
                "BPR*I*" + new BigDecimal(80).multiply(BigDecimal.valueOf(n)) + "*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999988880*DA*98765*20251115",
                "TRN*1*" + trace + "*1234567890", "N1*PR*MEDICARE", "N3*1 MAIN ST", "REF*2U*MCR01",
                "N1*PE*RIVERSIDE CLINIC*XX*1234567893", "LX*1"));
        for (int i = 0; i < n; i++) {
            body.add("CLP*" + prefix + i + "*1*100*80**MB*ICN" + i);
            body.add("NM1*QC*1*PATIENT" + i + "*PAT****MI*M" + i);
            body.add("SVC*HC:99213*100*80**1");
            body.add("DTM*472*20251102");
            body.add("CAS*CO*45*20");
        }
        return X12Text.envelope("005010X221A1", "HP", List.of(X12Text.transaction("835", "0001", body.toArray(String[]::new))));
    }
}
