package org.arflow.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns staedi's event stream into segments grouped by transaction, and turns every problem
 * staedi reports (broken syntax, envelope counts and control numbers) into an
 * {@link X12FormatException}. The body parsers then walk plain lists, which keeps their loop
 * logic readable. Files are small enough (a 10,000-claim 835 is a few MB) to hold one
 * transaction's segments in memory.
 */
final class X12Reader {

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    private final Segment.Source source;
    private final List<Transaction> transactions = new ArrayList<>();
    private final EnvelopeTracker envelope;
    private final List<X12FormatException> envelopeProblems;
    private boolean sawSegment;

    private X12Reader(String kind, String fileName, List<X12FormatException> envelopeProblems) {
        this.source = new Segment.Source(kind, fileName);
        this.envelope = new EnvelopeTracker(source, transactions);
        this.envelopeProblems = envelopeProblems;
    }

    /** Reads every transaction of the file; each must be of type {@code kind} (e.g. "835"). */
    static List<Transaction> read(InputStream in, String fileName, String kind) {
        return read(in, fileName, kind, null);
    }

    /**
     * Like {@link #read(InputStream, String, String)}, but envelope counts and control numbers that do
     * not match (SE01, GE01, IEA01, SE02, GE02, IEA02) are added to {@code envelopeProblems} instead of
     * stopping the read: the caller decides what they mean. Null keeps them fatal.
     */
    static List<Transaction> read(InputStream in, String fileName, String kind,
                                  List<X12FormatException> envelopeProblems) {
        X12Reader reader = new X12Reader(kind, fileName, envelopeProblems);
        try (EDIStreamReader events = FACTORY.createEDIStreamReader(in)) {
            reader.consume(events);
        } catch (EDIStreamException e) {
            throw reader.unreadable(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + kind + " file " + fileName, e);
        }
        if (reader.transactions.isEmpty()) {
            throw new X12FormatException(kind, fileName, null, X12FormatException.UNKNOWN,
                    X12FormatException.UNKNOWN, X12FormatException.UNKNOWN, "the file holds no transaction", null);
        }
        return List.copyOf(reader.transactions);
    }

    private void consume(EDIStreamReader events) throws EDIStreamException {
        String tag = null;
        int position = 0;
        int offset = 0;
        List<List<String>> elements = new ArrayList<>();
        while (events.hasNext()) {
            EDIStreamEvent event = events.next();
            Location at = events.getLocation();
            if (event.isError()) {
                X12FormatException problem = envelope.problem(events.getErrorType(), events.getReferenceCode(),
                        events.hasText() ? events.getText() : null, at);
                if (envelopeProblems == null || !EnvelopeTracker.isEnvelopeMismatch(events.getErrorType())) {
                    throw problem;
                }
                envelopeProblems.add(problem);
                continue;
            }
            switch (event) {
                case START_SEGMENT -> {
                    sawSegment = true;
                    tag = events.getText();
                    position = at.getSegmentPosition();
                    offset = at.getCharacterOffset();
                    elements = new ArrayList<>();
                    envelope.segmentStarted();
                }
                case ELEMENT_DATA -> {
                    if (at.getElementOccurrence() <= 1) {
                        put(elements, at.getElementPosition(), at.getComponentPosition(), events.getText());
                    }
                }
                case END_SEGMENT -> envelope.accept(new Segment(tag, elements, position, offset, source));
                default -> {
                    // interchange, group, transaction and composite boundaries are seen as segments
                }
            }
        }
    }

    private static void put(List<List<String>> elements, int element, int component, String text) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<String> components = elements.get(element - 1);
        int index = Math.max(component, 1);
        while (components.size() < index) {
            components.add("");
        }
        components.set(index - 1, text);
    }

    private X12FormatException unreadable(EDIStreamException e) {
        Location at = e.getLocation();
        String problem;
        if (sawSegment) {
            problem = "not readable as X12 (" + e.getMessage() + ")";
        } else if (at != null && at.getCharacterOffset() <= 0) {
            problem = "the file is empty";
        } else {
            problem = "not an X12 file: it does not begin with a complete ISA segment (" + e.getMessage() + ")";
        }
        if (at == null) {
            return new X12FormatException(source.kind(), source.fileName(), null, X12FormatException.UNKNOWN,
                    X12FormatException.UNKNOWN, X12FormatException.UNKNOWN, problem, e);
        }
        return new X12FormatException(source.kind(), source.fileName(), at.getSegmentTag(), at.getSegmentPosition(),
                at.getElementPosition(), at.getCharacterOffset(), problem, e);
    }
}
