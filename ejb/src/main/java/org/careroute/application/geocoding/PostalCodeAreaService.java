package org.careroute.application.geocoding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.careroute.application.Caller;

/** Admins keep the table of the practice's postal codes, which locates addresses offline. */
public interface PostalCodeAreaService {

  List<PostalCodeAreaView> areas(@NotNull Caller caller);

  /** Adds the postal code's area, or changes it when the code is in the table already. */
  PostalCodeAreaView save(
      @NotNull Caller caller,
      String postalCode,
      @NotNull(message = "Send the area as a JSON body.") @Valid PostalCodeAreaForm form);

  void remove(@NotNull Caller caller, String postalCode);
}
