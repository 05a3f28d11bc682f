package org.careroute.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.careroute.application.calendar.CalendarEntry;
import org.careroute.application.calendar.CalendarWriter;

/** Times are written in UTC, so that no time zone definitions need to travel with the file. */
@ApplicationScoped
public class Ical4jCalendarWriter implements CalendarWriter {

  @Override
  public String write(String calendarName, List<CalendarEntry> entries) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//CareRoute//Bookings and visits//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    for (CalendarEntry entry : entries) {
      VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
      event.add(new Uid(entry.uid()));
      if (entry.location() != null) {
        event.add(new Location(entry.location()));
      }
      event.add(new Description(entry.description()));
      event.add(
          entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      calendar.add(event);
    }
    StringWriter text = new StringWriter();
    try {
      // Unvalidated: the entries are built by this application, and validation costs more than the
      // writing.
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException cannotHappenOnAString) {
      throw new UncheckedIOException(cannotHappenOnAString);
    }
    return text.toString();
  }
}
