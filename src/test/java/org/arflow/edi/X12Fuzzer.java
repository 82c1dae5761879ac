package org.arflow.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded mutations of X12 files through the one import door: every outcome is an import, a hold or a
 * located refusal; nothing escapes as an exception, and a refused file posted nothing.
 */
final class X12Fuzzer {

    private static final byte[] NASTY = "0123456789*~:^|>-.AZ \n\r".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CONTROL = {0, 1, 0x1B, 0x7F, (byte) 0xFF, (byte) 0xEF};

    private final X12Import importer;
    private final List<byte[]> seeds;

    X12Fuzzer(X12Import importer, List<byte[]> seeds) {
        this.importer = importer;
        this.seeds = seeds;
    }

    /** The fixtures' files, and the real samples (835, 277) when ../shared is beside the checkout. */
    static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>(List.of(
                X12Fixtures.remittance("0101", "FUZZ-T1", "150.00", "CLP*FUZZ-1*1*200*150**MB*ICN1", "CAS*CO*45*50")
                        .getBytes(StandardCharsets.ISO_8859_1),
                X12Fixtures.claims("0102", "FUZZ-C1", "FUZZ-C2").getBytes(StandardCharsets.ISO_8859_1),
                X12Fixtures.status("0103", "FUZZ-C1", "A7:21").getBytes(StandardCharsets.ISO_8859_1)));
        Path samples = Path.of("..", "shared", "samples", "x12");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".835") || p.toString().endsWith(".277"))
                        .sorted().toList()) {
                    seeds.add(Files.readAllBytes(f));
                }
            }
        }
        return seeds;
    }

    /** Runs {@code count} mutations from {@code seed}; returns how many were refused (each located). */
    int run(long seed, int count) {
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < count; i++) {
            byte[] file = mutate(seeds.get(random.nextInt(seeds.size())), random);
            String name = "fuzz-" + seed + "-" + i + ".x12";
            ImportReport report;
            try {
                report = importer.importFile(name, file, "FUZZ", "fuzzer");
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " of seed " + seed + " escaped: " + e, e);
            }
            if ("FAILED".equals(report.status())) {
                refused++;
                assertThat(report.error()).as(name).isNotNull();
                assertThat(report.error().segmentTag() != null || report.error().message().contains("ISA"))
                        .as(name + " is refused without a place: " + report.error().message()).isTrue();
                assertThat(report.counts() == null || report.counts().remittancesPosted() == 0)
                        .as(name + " failed but posted").isTrue();
            }
        }
        return refused;
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] file = original.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && file.length > 2; r++) {
            int at = random.nextInt(file.length);
            file = switch (random.nextInt(7)) {
                case 0 -> replace(file, at, NASTY[random.nextInt(NASTY.length)]);
                case 1 -> replace(file, at, CONTROL[random.nextInt(CONTROL.length)]);
                case 2 -> splice(file, at, Math.min(file.length, at + 1 + random.nextInt(6)), new byte[0]);
                case 3 -> splice(file, at, at, "99999999999999.999".getBytes(StandardCharsets.ISO_8859_1));
                case 4 -> splice(file, at, at, new byte[] {NASTY[random.nextInt(NASTY.length)]});
                case 5 -> splice(file, 0, 0, random.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : "clearinghouse banner\r\n".getBytes(StandardCharsets.ISO_8859_1));
                default -> splice(file, at, file.length, new byte[0]);
            };
        }
        return file;
    }

    private static byte[] replace(byte[] file, int at, byte value) {
        file[at] = value;
        return file;
    }

    private static byte[] splice(byte[] file, int from, int to, byte[] insert) {
        byte[] out = new byte[file.length - (to - from) + insert.length];
        System.arraycopy(file, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(file, to, out, from + insert.length, file.length - to);
        return out;
    }
}
