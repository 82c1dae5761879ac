package org.arflow.engine;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as FEEL writes them: ISO with an offset, or {@code 2026-12-20T05:20:40.52@Etc/UTC} with a
 * zone id. The BPMN computes when a wait ends as such a string; arflow keeps it so a resumed wait ends then.
 */
public final class FeelDateTime {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    private FeelDateTime() {
    }

    public static OffsetDateTime parse(String text) {
        int at = text.indexOf('@');
        if (at > 0) {
            return LocalDateTime.parse(text.substring(0, at)).atZone(ZoneId.of(text.substring(at + 1))).toOffsetDateTime();
        }
        return ZonedDateTime.parse(text).toOffsetDateTime();
    }

    /** The form FEEL's {@code date and time()} reads back. */
    public static String format(OffsetDateTime dateTime) {
        return ISO_WITH_OFFSET.format(dateTime);
    }
}
