package org.arflow.payers;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payers")
@RolesAllowed({"BILLER", "SUPERVISOR", "ANALYST", "ADMIN"})
class PayerApi {

    private final PayerService payers;

    PayerApi(PayerService payers) {
        this.payers = payers;
    }

    /** Every payer with its class and follow-up rules. */
    @GetMapping
    List<Payer> list() {
        return payers.all();
    }
}
