package org.arflow.simulation;

import java.util.Map;

/**
 * How a simulated payer behaves: days until it answers (normal, mean and spread), how often it denies
 * and with which reason codes (weights), the share of the allowed amount the patient owes, how often
 * it pays only part, and how often it asks for documentation (277 P3) instead of deciding.
 */
public record PayerBehaviour(String payerName, String payerCode, double turnaroundMeanDays, double turnaroundSdDays,
                             double denialRate, Map<String, Double> denialReasons, double allowedShare,
                             double patientShare, double partialPaymentRate, double documentationRequestRate) {

    /** The payers arflow ships as reference data, with public-rule-of-thumb behaviour (domain.md). */
    public static java.util.List<PayerBehaviour> defaults() {
        return java.util.List.of(
                new PayerBehaviour("Medicare", "MCR01", 14, 4, 0.08,
                        Map.of("16", 3.0, "50", 2.0, "96", 1.0, "18", 1.0, "29", 0.5), 0.72, 0.20, 0.03, 0.04),
                new PayerBehaviour("State Medicaid", "MCD01", 30, 8, 0.12,
                        Map.of("16", 3.0, "27", 2.0, "197", 2.0, "252", 1.0), 0.60, 0.02, 0.05, 0.06),
                new PayerBehaviour("Acme Health", "ACME1", 28, 7, 0.10,
                        Map.of("16", 2.0, "4", 1.0, "97", 1.0, "50", 1.0, "252", 2.0, "22", 1.0), 0.80, 0.25, 0.06, 0.05),
                new PayerBehaviour("Blue Plains Health", "BPH01", 24, 6, 0.07,
                        Map.of("16", 2.0, "11", 1.0, "204", 1.0, "31", 1.0), 0.78, 0.18, 0.04, 0.03),
                new PayerBehaviour("Workers Comp Mutual", "WCM01", 40, 12, 0.15,
                        Map.of("109", 2.0, "252", 2.0, "50", 1.0), 0.85, 0.0, 0.08, 0.08));
    }
}
