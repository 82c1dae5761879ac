package org.arflow.edi.x12;

import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Follows ISA/GS/ST..SE/GE/IEA while segments stream by: remembers the control numbers each
 * transaction is filed under, checks that each transaction is the expected type and X12 5010,
 * and words staedi's envelope errors (which arrive as events, not exceptions) for people.
 */
final class EnvelopeTracker {

    private final Segment.Source source;
    private final List<Transaction> done;
    private String interchangeControl;
    private String groupControl;
    private String version;
    private Segment st;
    private List<Segment> body;
    private int segmentsInTransaction;
    private int transactionsInGroup;
    private int groupsInInterchange;

    EnvelopeTracker(Segment.Source source, List<Transaction> done) {
        this.source = source;
        this.done = done;
    }

    /** Called at each segment start, so counts are current when staedi checks SE/GE/IEA. */
    void segmentStarted() {
        if (st != null) {
            segmentsInTransaction++;
        }
    }

    void accept(Segment segment) {
        switch (segment.tag()) {
            case "ISA" -> {
                interchangeControl = segment.text(13);
                groupsInInterchange = 0;
            }
            case "GS" -> startGroup(segment);
            case "ST" -> startTransaction(segment);
            case "SE" -> endTransaction();
            case "GE", "IEA" -> {
                // staedi has checked their counts and control numbers
            }
            default -> {
                if (body == null) {
                    throw segment.error(X12FormatException.UNKNOWN, "segment is outside any ST..SE transaction");
                }
                body.add(segment);
            }
        }
    }

    private void startGroup(Segment gs) {
        groupControl = gs.text(6);
        version = gs.required(8, "the version (GS08)");
        transactionsInGroup = 0;
        groupsInInterchange++;
        if (!version.startsWith("005010")) {
            throw gs.error(8, "version " + version + " is not X12 5010 (005010...)");
        }
    }

    private void startTransaction(Segment segment) {
        String type = segment.required(1, "the transaction type (ST01)");
        if (!type.equals(source.kind())) {
            throw segment.error(1, "the transaction is type " + type + ", not " + source.kind());
        }
        st = segment;
        body = new ArrayList<>();
        segmentsInTransaction = 1;
        transactionsInGroup++;
    }

    private void endTransaction() {
        String guide = st.text(3) != null ? st.text(3) : version;
        done.add(new Transaction(st.text(1), st.text(2), interchangeControl, groupControl, guide, st, body));
        st = null;
        body = null;
    }

    /** A count or control number in a trailer that does not match: the content itself can still be read. */
    static boolean isEnvelopeMismatch(EDIStreamValidationError error) {
        return error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
    }

    X12FormatException problem(EDIStreamValidationError error, String reference, String text, Location at) {
        String tag = at.getSegmentTag() == null ? "" : at.getSegmentTag();
        String problem = switch (error) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> countProblem(tag, text);
            case CONTROL_REFERENCE_MISMATCH -> "control number " + text + " does not match "
                    + switch (tag) {
                        case "SE" -> "ST02 " + (st == null ? "" : st.text(2));
                        case "GE" -> "GS06 " + groupControl;
                        default -> "ISA13 " + interchangeControl;
                    };
            case MANDATORY_SEGMENT_MISSING -> "a required " + reference + " segment is missing before this one";
            default -> words(error) + (reference == null ? "" : " (" + reference + ")");
        };
        return new X12FormatException(source.kind(), source.fileName(), at.getSegmentTag(), at.getSegmentPosition(),
                at.getElementPosition(), at.getCharacterOffset(), problem, null);
    }

    private String countProblem(String tag, String declared) {
        return switch (tag) {
            case "SE" -> "SE01 says " + declared + " segments but the transaction has " + segmentsInTransaction;
            case "GE" -> "GE01 says " + declared + " transactions but the group has " + transactionsInGroup;
            case "IEA" -> "IEA01 says " + declared + " groups but the interchange has " + groupsInInterchange;
            default -> "count " + declared + " does not match what the file holds";
        };
    }

    private static String words(EDIStreamValidationError error) {
        return error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
