package org.arflow.edi.x12;

import io.xlate.edi.stream.EDIStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes X12 5010 276 claim status inquiries (005010X212): one interchange, one group, one
 * transaction. The HL tree is payer (20) > information receiver (21, the submitter of the
 * envelope) > provider (19) > subscriber (22) > dependent (23, when the patient is not the
 * subscriber); inquiries with the same payer and provider share those levels. The file is
 * built in memory and copied to {@code out} only when complete, so a refused value never
 * leaves half a file behind. Does not close {@code out}. Throws IllegalArgumentException for
 * values X12 cannot carry.
 */
public final class StatusInquiryWriter {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    public void write(List<StatusInquiry> inquiries, Envelope envelope, OutputStream out) {
        if (inquiries.isEmpty()) {
            throw new IllegalArgumentException("a 276 needs at least one inquiry");
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            X12Output x12 = new X12Output(file);
            x12.begin(envelope, "HR", "276", "005010X212");
            x12.segment("BHT", "0010", "13", String.valueOf(envelope.controlNumber()),
                    envelope.created().format(CCYYMMDD), envelope.created().format(HHMM));
            int hl = 0;
            for (var byPayer : group(inquiries).entrySet()) {
                Party payer = byPayer.getKey();
                int payerHl = ++hl;
                int receiverHl = ++hl;
                about("payer " + payer.id(), () -> {
                    x12.segment("HL", String.valueOf(payerHl), null, "20", "1");
                    x12.segment("NM1", "PR", "2", payer.name(), null, null, null, null, payerQualifier(payer),
                            payer.id());
                });
                about("the submitter", () -> {
                    x12.segment("HL", String.valueOf(receiverHl), String.valueOf(payerHl), "21", "1");
                    x12.segment("NM1", "41", "2", envelope.submitterName(), null, null, null, null, "46",
                            envelope.senderId());
                });
                for (var byProvider : byPayer.getValue().entrySet()) {
                    Party provider = byProvider.getKey();
                    int providerHl = ++hl;
                    about("provider " + provider.id(), () -> {
                        x12.segment("HL", String.valueOf(providerHl), String.valueOf(receiverHl), "19", "1");
                        x12.segment("NM1", "1P", "2", provider.name(), null, null, null, null, "XX", provider.id());
                    });
                    for (StatusInquiry inquiry : byProvider.getValue()) {
                        int subscriberHl = hl + 1;
                        about("inquiry for claim " + inquiry.claimId(), () -> subscriber(x12, inquiry, subscriberHl,
                                providerHl));
                        hl += inquiry.patient() == null ? 1 : 2;
                    }
                }
            }
            x12.end(envelope);
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a 276", e);
        } catch (EDIStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("writing a 276", io);
            }
            throw new IllegalStateException("staedi refused the 276 being written: " + e.getMessage(), e);
        }
    }

    /** Writes the subscriber level (HL {@code subscriberHl}), the dependent level when needed, and the claim. */
    private static void subscriber(X12Output x12, StatusInquiry inquiry, int subscriberHl, int providerHl)
            throws EDIStreamException {
        Person subscriber = inquiry.subscriber();
        boolean dependent = inquiry.patient() != null;
        x12.segment("HL", String.valueOf(subscriberHl), String.valueOf(providerHl), "22", dependent ? "1" : "0");
        if (!dependent) {
            demographics(x12, subscriber);
        }
        x12.segment("NM1", "IL", "1", subscriber.lastName(), subscriber.firstName(), null, null, null, "MI",
                subscriber.memberId());
        if (dependent) {
            x12.segment("HL", String.valueOf(subscriberHl + 1), String.valueOf(subscriberHl), "23");
            demographics(x12, inquiry.patient());
            x12.segment("NM1", "QC", "1", inquiry.patient().lastName(), inquiry.patient().firstName());
        }
        claim(x12, inquiry);
    }

    /** Says which payer, provider or claim a refused value belongs to (ids only, never names). */
    private static void about(String context, Writing writing) throws EDIStreamException {
        try {
            writing.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(context + ": " + e.getMessage(), e);
        }
    }

    private interface Writing {
        void run() throws EDIStreamException;
    }

    private static void demographics(X12Output x12, Person person) throws EDIStreamException {
        x12.segment("DMG", "D8", person.birthDate().format(CCYYMMDD), person.gender() == null ? "U" : person.gender());
    }

    private static void claim(X12Output x12, StatusInquiry inquiry) throws EDIStreamException {
        x12.segment("TRN", "1", inquiry.claimId());
        x12.segment("REF", "EJ", inquiry.claimId());
        BigDecimal charge = inquiry.totalCharge();
        if (charge != null) {
            x12.segment("AMT", "T3", charge.stripTrailingZeros().toPlainString());
        }
        DateRange dates = inquiry.serviceDates();
        if (dates.to() == null || dates.to().equals(dates.from())) {
            x12.segment("DTP", "472", "D8", dates.from().format(CCYYMMDD));
        } else {
            x12.segment("DTP", "472", "RD8", dates.from().format(CCYYMMDD) + "-" + dates.to().format(CCYYMMDD));
        }
    }

    private static Map<Party, Map<Party, List<StatusInquiry>>> group(List<StatusInquiry> inquiries) {
        Map<Party, Map<Party, List<StatusInquiry>>> tree = new LinkedHashMap<>();
        for (StatusInquiry inquiry : inquiries) {
            tree.computeIfAbsent(inquiry.payer(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(inquiry.provider(), p -> new ArrayList<>()).add(inquiry);
        }
        return tree;
    }

    /** NM108 of a 276 payer is XV (CMS plan id) or PI (payer id); other qualifiers map to PI. */
    private static String payerQualifier(Party payer) {
        return "XV".equals(payer.idQualifier()) ? "XV" : "PI";
    }
}
