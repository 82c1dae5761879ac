package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A few hundred seeded mutations of X12 files in every run (the benchmark profile runs 10,000: X12FuzzBenchmark). */
@IntegrationTest
class X12FuzzTest {

    @Autowired
    X12Import importer;

    @Test
    void three_hundred_mutated_files_are_imported_held_or_refused_with_their_place_and_none_escapes() throws Exception {
        int refused = new X12Fuzzer(importer, X12Fuzzer.seeds()).run(20261204L, 300);

        assertThat(refused).as("mutations that break a file are refused").isPositive();
    }
}
