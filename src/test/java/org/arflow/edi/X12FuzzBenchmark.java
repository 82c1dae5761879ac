package org.arflow.edi;

import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The long fuzz run: 10,000 seeded mutations (-Darflow.fuzz.mutations to change), with what became of them. */
@IntegrationTest
@Tag("benchmark")
class X12FuzzBenchmark {

    @Autowired
    X12Import importer;

    @Test
    void ten_thousand_mutated_files_are_imported_held_or_refused_with_their_place() throws Exception {
        int count = Integer.getInteger("arflow.fuzz.mutations", 10_000);
        long started = System.nanoTime();
        int refused = new X12Fuzzer(importer, X12Fuzzer.seeds()).run(7L, count);
        System.out.printf("BENCHMARK x12 fuzz: %,d mutations, %,d refused with their place, none escaped, %.1f s%n",
                count, refused, (System.nanoTime() - started) / 1e9);
    }
}
