package org.arflow.design;

/** One line of a validation report: which check, its outcome, and the reason in plain words. */
public record Check(String check, Outcome outcome, String detail) {

    public enum Outcome { PASSED, FAILED, CANNOT_CHECK }

    static Check passed(String check, String detail) {
        return new Check(check, Outcome.PASSED, detail);
    }

    static Check failed(String check, String detail) {
        return new Check(check, Outcome.FAILED, detail);
    }

    static Check cannotCheck(String check, String detail) {
        return new Check(check, Outcome.CANNOT_CHECK, detail);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** The line as people read it: "FAILED  Job types: ...". */
    public String line() {
        String word = switch (outcome) {
            case PASSED -> "passed";
            case FAILED -> "FAILED";
            case CANNOT_CHECK -> "cannot check";
        };
        return check + ": " + word + " - " + detail;
    }
}
