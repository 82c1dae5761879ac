package org.arflow.edi.x12;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small X12 files for tests: body segments wrapped in an envelope with correct counts. */
public final class X12Text {

    public static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*250101*1200*^*00501*000000042*0*T*:";
    private static final Map<String, String> FUNCTIONAL_IDS = Map.of("835", "HP", "837", "HC", "277", "HN", "276", "HR");

    private X12Text() {
    }

    /** One transaction of {@code type} under implementation guide {@code guide}. */
    public static String file(String type, String guide, String... body) {
        return envelope(guide, FUNCTIONAL_IDS.get(type), List.of(transaction(type, "0001", body)));
    }

    /** A group holding several transactions (each already made by {@link #transaction}). */
    public static String envelope(String guide, String functionalId, List<List<String>> transactions) {
        List<String> segments = new ArrayList<>();
        segments.add(ISA);
        segments.add("GS*" + functionalId + "*SENDER*RECEIVER*20250101*1200*7*X*" + guide);
        transactions.forEach(segments::addAll);
        segments.add("GE*" + transactions.size() + "*7");
        segments.add("IEA*1*000000042");
        return String.join("~\n", segments) + "~\n";
    }

    public static List<String> transaction(String type, String control, String... body) {
        List<String> segments = new ArrayList<>();
        segments.add("ST*" + type + "*" + control);
        segments.addAll(List.of(body));
        segments.add("SE*" + (body.length + 2) + "*" + control);
        return segments;
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
