package org.arflow.input;

import java.util.regex.Pattern;

/**
 * The one rule for identifiers taken from outside (claim ids, references, payer ids, file names): a letter or
 * digit first, then letters, digits, space and {@code . _ # : -}, within a length. Such an id fits in a URL
 * path, a header, a log line and a CSV cell without harm; anything else is refused before anything is created.
 */
public final class Identifiers {

    /** For {@code @Pattern} on records; {@link #check} applies the same rule. */
    public static final String ID = "[A-Za-z0-9](?:[A-Za-z0-9 ._#:-]*[A-Za-z0-9._#-])?";
    public static final String ID_MESSAGE = "must start with a letter or digit and hold only letters, digits, "
            + "spaces and . _ # : -";
    /** Free text (names, notes): anything but control characters (NUL, CR, LF, TAB ...). */
    public static final String TEXT = "[^\\p{Cntrl}]*";
    public static final String TEXT_MESSAGE = "must not hold control characters";
    /** File names: as {@link #ID}, and brackets, which scanners and browsers put in copies' names. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 ._()#-]*[A-Za-z0-9._()#-])?");
    private static final Pattern ID_PATTERN = Pattern.compile(ID);
    private static final Pattern TEXT_PATTERN = Pattern.compile(TEXT);
    private static final int MAX_FILE_NAME = 200;

    private Identifiers() {
    }

    /** The identifier as given, or an {@link InvalidInputException} naming the field. */
    public static String check(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
        }
        if (!ID_PATTERN.matcher(value).matches()) {
            throw new InvalidInputException(field, ID_MESSAGE);
        }
        return value;
    }

    public static String fileName(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_FILE_NAME || !FILE_NAME.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be a plain file name of at most " + MAX_FILE_NAME
                    + " letters, digits, spaces and . _ ( ) # -");
        }
        return value;
    }

    /** Free text without control characters (a NUL cannot be stored, a CR/LF would forge a log line). */
    public static String text(String field, String value, int maxLength) {
        if (value != null && (value.length() > maxLength || !TEXT_PATTERN.matcher(value).matches())) {
            throw new InvalidInputException(field, value.length() > maxLength
                    ? "is longer than " + maxLength + " characters" : TEXT_MESSAGE);
        }
        return value;
    }

    /** A value made fit for one log line: control characters (CR, LF, NUL ...) become a space. */
    public static String forLog(Object value) {
        return value == null ? "null" : String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
    }
}
