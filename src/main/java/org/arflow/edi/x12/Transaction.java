package org.arflow.edi.x12;

import java.util.List;

/**
 * One ST..SE transaction set with the control numbers of its envelopes. {@code body} holds the
 * segments between ST and SE; {@code header} is the ST itself (a place to point errors at when
 * a required segment is missing).
 */
record Transaction(String type, String controlNumber, String interchangeControlNumber,
        String groupControlNumber, String version, Segment header, List<Segment> body) {

    Transaction {
        body = List.copyOf(body);
    }
}
