package org.arflow.edi;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the transaction set id (ST01) from a raw file without parsing it: 835, 837, 277 ... */
final class TransactionKind {

    private TransactionKind() {
    }

    /** ST01 of the first transaction, or empty when the file is not X12 (no ISA header). */
    static Optional<String> of(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("ISA") || text.length() < 4) {
            return Optional.empty();
        }
        String separator = Pattern.quote(String.valueOf(text.charAt(3)));
        var st = Pattern.compile("(?:^|[~\\r\\n])\\s*ST" + separator + "(\\d{3})").matcher(text);
        return st.find() ? Optional.of(st.group(1)) : Optional.of("unknown");
    }

    /**
     * Where the first transaction set header stands: its position among the file's segments (1 = ISA), or 0 when
     * the file has no ST. ISA is 106 characters long, so its last one is the segment terminator.
     */
    static int firstTransactionPosition(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int isa = text.indexOf("ISA");
        if (isa < 0 || text.length() < isa + 106) {
            return 0;
        }
        char terminator = text.charAt(isa + 105);
        String element = String.valueOf(text.charAt(isa + 3));
        String[] segments = text.substring(isa).split(Pattern.quote(String.valueOf(terminator)));
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].strip().startsWith("ST" + element)) {
                return i + 1;
            }
        }
        return 0;
    }
}
