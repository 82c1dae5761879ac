package org.arflow.patientbilling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A statement sent to a patient; the PDF is stored with it. */
public record Statement(long id, long patientId, int number, boolean finalNotice, LocalDate statementDate,
                        LocalDate dueDate, BigDecimal amountDue, List<String> claimIds) {
}
