package org.arflow.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live claim-follow-up file and the ways the tests break it. */
final class DraftFiles {

    private DraftFiles() {
    }

    static String followUp() {
        try {
            return Files.readString(Path.of("bpmn/claim-follow-up.bpmn"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String replaced(String xml, String from, String to) {
        if (!xml.contains(from)) {
            throw new IllegalArgumentException("not in the file: " + from);
        }
        return xml.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    /** The remittance route CLOSE leads to the patient hand-off instead of closing the claim. */
    static String paidPathEndsAtTheWrongEnd(String xml) {
        Matcher flow = Pattern.compile("<sequenceFlow id=\"([^\"]+)\"[^>]*sourceRef=\"Route\" targetRef=\"CloseClaim\"")
                .matcher(xml);
        if (!flow.find()) {
            throw new IllegalArgumentException("no flow from Route to CloseClaim");
        }
        return xml.replace("sourceRef=\"Route\" targetRef=\"CloseClaim\"", "sourceRef=\"Route\" targetRef=\"HandOffPatientBalance\"");
    }
}
