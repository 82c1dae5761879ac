package org.arflow.edi.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Writes one interchange with one group and one transaction through staedi, counting the
 * segments so SE01 is right. staedi is given the X12 5010 control schema, so it checks the
 * envelope (counts, control numbers) as it writes: a mistake here fails instead of producing
 * a file a payer would reject. Values containing a delimiter are refused, since X12 has no
 * escape character.
 */
final class X12Output {

    private static final String DELIMITERS = "*:^~";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final EDIStreamWriter writer;
    private int segmentsInTransaction;

    X12Output(OutputStream out) throws EDIStreamException {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(SchemaFactory.newFactory()
                    .getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00501"}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("staedi has no X12 5010 control schema", e);
        }
    }

    void begin(Envelope envelope, String functionalId, String transactionType, String guide)
            throws EDIStreamException {
        String control = String.format("%09d", envelope.controlNumber());
        writer.startInterchange();
        segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), envelope.senderQualifier(),
                pad(envelope.senderId()), envelope.receiverQualifier(), pad(envelope.receiverId()),
                envelope.created().format(YYMMDD), envelope.created().format(HHMM), "^", "00501", control, "0",
                envelope.production() ? "P" : "T", ":");
        segment("GS", functionalId, envelope.senderId(), envelope.receiverId(), envelope.created().format(CCYYMMDD),
                envelope.created().format(HHMM), String.valueOf(envelope.controlNumber()), "X", guide);
        segmentsInTransaction = 0;
        segment("ST", transactionType, "0001", guide);
    }

    void end(Envelope envelope) throws EDIStreamException {
        segment("SE", String.valueOf(segmentsInTransaction + 1), "0001");
        segment("GE", "1", String.valueOf(envelope.controlNumber()));
        segment("IEA", "1", String.format("%09d", envelope.controlNumber()));
        writer.endInterchange();
        writer.flush();
    }

    /** Writes a segment; a null element is written empty, a String[] as a composite. */
    void segment(String tag, Object... elements) throws EDIStreamException {
        writer.writeStartSegment(tag);
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                writer.writeEmptyElement();
            } else if (elements[i] instanceof String[] components) {
                writer.writeStartElement();
                for (String component : components) {
                    writer.writeComponent(checked(tag, i + 1, component));
                }
                writer.endElement();
            } else {
                writer.writeElement(tag.equals("ISA") ? (String) elements[i] : checked(tag, i + 1, (String) elements[i]));
            }
        }
        writer.writeEndSegment();
        segmentsInTransaction++;
    }

    private static String checked(String tag, int element, String value) {
        for (char c : value.toCharArray()) {
            if (DELIMITERS.indexOf(c) >= 0) {
                throw new IllegalArgumentException(
                        "segment " + tag + ", element " + element + " would contain the X12 delimiter '" + c + "'");
            }
        }
        return value;
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}
