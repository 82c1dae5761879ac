package org.arflow.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The office's today. Aging, days left and snooze dates are counted in the office's days (US
 * Eastern), not the server's.
 */
@Component
public class OfficeCalendar {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
