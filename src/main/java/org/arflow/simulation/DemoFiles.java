package org.arflow.simulation;

import java.util.List;
import org.arflow.edi.X12Import;

/** Sends a payer's answers as files: the remittances as one 835, the documentation requests as one 277. */
final class DemoFiles {

    private DemoFiles() {
    }

    static void send(X12Import importer, PayerBehaviour payer, List<PayerResponse> responses, String trace, int control) {
        List<PayerResponse> decided = responses.stream()
                .filter(r -> r.kind() != PayerResponse.Kind.DOCUMENTATION_REQUESTED).toList();
        List<SyntheticClaim> documentation = responses.stream()
                .filter(r -> r.kind() == PayerResponse.Kind.DOCUMENTATION_REQUESTED).map(PayerResponse::claim).toList();
        if (!decided.isEmpty()) {
            importer.importFile(trace + ".835", DemoOffice.bytes(SimulatedX12.remittance835(payer, decided, trace, control)),
                    "DEMO", "demo");
        }
        if (!documentation.isEmpty()) {
            importer.importFile(trace + ".277",
                    DemoOffice.bytes(SimulatedX12.documentationRequest277(payer, documentation, control)), "DEMO", "demo");
        }
    }
}
