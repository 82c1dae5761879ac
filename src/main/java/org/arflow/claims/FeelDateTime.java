package org.arflow.claims;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Date-times as FEEL writes them: ISO with an offset, or {@code 2026-12-20T05:20:40.52@Etc/UTC} with a zone id. */
final class FeelDateTime {

    private FeelDateTime() {
    }

    static OffsetDateTime parse(String text) {
        int at = text.indexOf('@');
        if (at > 0) {
            return LocalDateTime.parse(text.substring(0, at)).atZone(ZoneId.of(text.substring(at + 1))).toOffsetDateTime();
        }
        return ZonedDateTime.parse(text).toOffsetDateTime();
    }
}
