package org.careroute.application.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.careroute.application.Caller;

/** What the practice's mail sent, or would have sent without a mail server: for admins. */
public interface OutboxService {

  List<OutboxEntry> newest(
      Caller caller,
      @Min(value = 1, message = "Ask for at least one message.")
          @Max(value = 500, message = "Ask for at most 500 messages.")
          int limit);
}
