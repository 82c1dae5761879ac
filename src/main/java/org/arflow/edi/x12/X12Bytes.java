package org.arflow.edi.x12;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Looks at a file's raw bytes before any parser does: skips a UTF-8 byte-order mark and any text
 * before the ISA segment (with a warning each), and refuses control characters (a NUL byte, an
 * escape ...) with the segment and element they sit in, so that none reaches the database.
 * CR and LF are allowed anywhere (line breaks after segment terminators), and so are the file's
 * own separators, which some senders choose among the control characters.
 */
public final class X12Bytes {

    private static final int ISA_LENGTH = 106;

    /** The bytes from the ISA on, and what was skipped to get there. */
    public record Prepared(byte[] content, List<String> warnings) {
    }

    private X12Bytes() {
    }

    /** Skips a byte-order mark and text before the ISA; the rest is as received. */
    public static Prepared prepare(byte[] content, String fileName) {
        List<String> warnings = new ArrayList<>();
        int start = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            start = 3;
            warnings.add("File " + fileName + " begins with a UTF-8 byte-order mark; it was skipped");
        }
        int isa = findIsa(content, start);
        if (isa < 0) {
            return new Prepared(start == 0 ? content : Arrays.copyOfRange(content, start, content.length), warnings);
        }
        if (isa > start && !blank(content, start, isa)) {
            warnings.add("File " + fileName + " has " + (isa - start) + " characters before its ISA segment;"
                    + " they were skipped");
        }
        return new Prepared(isa == 0 ? content : Arrays.copyOfRange(content, isa, content.length), warnings);
    }

    /** The first "ISA" followed by a separator, within the first 64 KB; -1 when there is none. */
    private static int findIsa(byte[] b, int from) {
        int limit = Math.min(b.length - 4, from + 65_536);
        for (int i = from; i <= limit; i++) {
            if (b[i] == 'I' && b[i + 1] == 'S' && b[i + 2] == 'A' && !Character.isLetterOrDigit(b[i + 3])
                    && b[i + 3] != ' ') {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a control character other than CR, LF and the file's separators, with its segment and element. */
    public static void checkText(byte[] b, String kind, String fileName) {
        if (b.length < ISA_LENGTH) {
            return; // too short for an ISA: the reader says so with its place
        }
        byte element = b[3];
        byte repetition = b[82];
        byte component = b[104];
        byte terminator = b[105];
        int segment = 1;
        int elementNumber = 0;
        int segmentStart = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == terminator) {
                segment++;
                elementNumber = 0;
                segmentStart = i + 1;
            } else if (c == element) {
                elementNumber++;
            } else if ((c >= 0 && c < 0x20 || c == 0x7F) && c != '\r' && c != '\n' && c != component
                    && c != repetition) {
                throw new X12FormatException(kind, fileName, tag(b, segmentStart, element, terminator), segment,
                        elementNumber, i, String.format("a control character (0x%02X) is not allowed in X12 text", c),
                        null);
            }
        }
    }

    private static String tag(byte[] b, int from, byte element, byte terminator) {
        StringBuilder tag = new StringBuilder();
        for (int i = from; i < b.length && b[i] != element && b[i] != terminator && tag.length() < 3; i++) {
            if (Character.isLetterOrDigit(b[i])) {
                tag.append((char) b[i]);
            }
        }
        return tag.isEmpty() ? null : tag.toString();
    }
}
