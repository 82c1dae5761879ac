package org.arflow.claims;

import java.util.Set;
import org.arflow.engine.PublishedMessages;
import org.springframework.stereotype.Component;

/** The messages the claims feature publishes when payers answer; the posting code uses these names. */
@Component
public class ClaimMessages implements PublishedMessages {

    /** An 835 claim payment (or denial, or reversal) was posted; correlation key: the claim id. */
    public static final String REMITTANCE_RECEIVED = "remittance-received";
    /** A 277 / 277CA status was recorded; correlation key: the claim id. */
    public static final String CLAIM_STATUS_RECEIVED = "claim-status-received";
    /** The payer decided an appeal; correlation key: the claim id. */
    public static final String APPEAL_DECISION_RECEIVED = "appeal-decision-received";

    @Override
    public Set<String> messageNames() {
        return Set.of(REMITTANCE_RECEIVED, CLAIM_STATUS_RECEIVED, APPEAL_DECISION_RECEIVED);
    }
}
