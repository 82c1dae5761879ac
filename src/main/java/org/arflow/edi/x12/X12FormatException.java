package org.arflow.edi.x12;

/**
 * An X12 file that cannot be read as the transaction it claims to be.
 *
 * <p>The message points at the place (file, segment number and tag, element) in plain words. It
 * never quotes names and quotes a value only when that value is the problem (a malformed
 * amount, a control number), so it can go to logs and screens without leaking patient data.
 * Positions are as staedi reports them: segments are numbered from 1 at the ISA of the file.
 */
public class X12FormatException extends RuntimeException {

    static final int UNKNOWN = -1;

    private final String fileName;
    private final String segmentTag;
    private final int segmentPosition;
    private final int elementPosition;
    private final int characterOffset;

    X12FormatException(String kind, String fileName, String segmentTag, int segmentPosition,
            int elementPosition, int characterOffset, String problem, Throwable cause) {
        super(describe(kind, fileName, segmentTag, segmentPosition, elementPosition, characterOffset, problem),
                cause);
        this.fileName = fileName;
        this.segmentTag = segmentTag;
        this.segmentPosition = segmentPosition;
        this.elementPosition = elementPosition;
        this.characterOffset = characterOffset;
    }

    private static String describe(String kind, String fileName, String tag, int segment, int element,
            int offset, String problem) {
        StringBuilder text = new StringBuilder(kind).append(" file ").append(fileName);
        if (segment > 0) {
            text.append(", segment ").append(segment);
            if (tag != null) {
                text.append(" (").append(tag).append(')');
            }
        } else if (tag != null) {
            text.append(", segment ").append(tag);
        }
        if (element > 0) {
            text.append(", element ").append(element);
        }
        if (segment <= 0 && offset >= 0) {
            text.append(", at character ").append(offset);
        }
        return text.append(": ").append(problem).toString();
    }

    /** The name the caller gave for the file. */
    public String fileName() {
        return fileName;
    }

    /** The tag of the segment where the problem was found, or null when it is not known. */
    public String segmentTag() {
        return segmentTag;
    }

    /** The segment number counted from the ISA (1), or -1 when it is not known. */
    public int segmentPosition() {
        return segmentPosition;
    }

    /** The element number inside the segment (1 = the first after the tag), or -1. */
    public int elementPosition() {
        return elementPosition;
    }

    /** The character offset staedi reported, or -1. */
    public int characterOffset() {
        return characterOffset;
    }
}
