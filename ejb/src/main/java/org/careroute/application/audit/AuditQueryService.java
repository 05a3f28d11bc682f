package org.careroute.application.audit;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Who read or changed a record, for admins answering "who saw my data?". */
public interface AuditQueryService {

  List<AuditEventView> eventsFor(
      @NotBlank(message = "Give the record type, such as Patient.") String recordType,
      @NotBlank(message = "Give the record id.") String recordId);
}
