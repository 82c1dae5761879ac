package org.arflow.tasks;

import java.time.LocalDate;

/** Tasks a person completed on one office day, of one type and with one outcome (the form's decision). */
public record ProductivityRow(String user, LocalDate day, String taskType, String outcome, long completed) {
}
