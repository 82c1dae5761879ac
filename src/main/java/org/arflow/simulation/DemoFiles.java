package org.arflow.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A payer's answers as files: the remittances as one 835, the documentation requests as one 277. */
final class DemoFiles {

    private DemoFiles() {
    }

    /** File name to content, in the order a clearinghouse would send them. */
    static Map<String, byte[]> of(PayerBehaviour payer, List<PayerResponse> responses, String trace, int control) {
        List<PayerResponse> decided = responses.stream()
                .filter(r -> r.kind() != PayerResponse.Kind.DOCUMENTATION_REQUESTED).toList();
        List<SyntheticClaim> documentation = responses.stream()
                .filter(r -> r.kind() == PayerResponse.Kind.DOCUMENTATION_REQUESTED).map(PayerResponse::claim).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!decided.isEmpty()) {
            files.put(trace + ".835", DemoOffice.bytes(SimulatedX12.remittance835(payer, decided, trace, control)));
        }
        if (!documentation.isEmpty()) {
            files.put(trace + ".277", DemoOffice.bytes(SimulatedX12.documentationRequest277(payer, documentation, control)));
        }
        return files;
    }
}
