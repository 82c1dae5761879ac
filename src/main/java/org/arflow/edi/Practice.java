package org.arflow.edi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The practice (billing provider) that sends X12 files: its name, NPI and sender id with the
 * clearinghouse. production=false marks written files as test files (ISA15 = T).
 */
@ConfigurationProperties("arflow.practice")
record Practice(@DefaultValue("arflow Demo Practice") String name, @DefaultValue("1234567893") String npi,
                @DefaultValue("ARFLOW") String senderId, @DefaultValue("false") boolean production) {
}
