package org.careroute.application.internal.geocoding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.geocoding.PostalCodeAreaForm;
import org.careroute.application.geocoding.PostalCodeAreaService;
import org.careroute.application.geocoding.PostalCodeAreaView;
import org.careroute.application.geocoding.PostalCodes;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.geocoding.PostalCodeArea;
import org.careroute.domain.model.geocoding.PostalCodeAreaRepository;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPostalCodeAreaService implements PostalCodeAreaService {

  static final String RECORD_TYPE = "PostalCodeArea";

  @Inject PostalCodeAreaRepository areas;

  @Inject AuditRecorder audit;

  @Override
  public List<PostalCodeAreaView> areas(Caller caller) {
    requireAdmin(caller);
    return areas.findAll().stream().map(PostalCodeAreaView::of).toList();
  }

  @Override
  public PostalCodeAreaView save(Caller caller, String postalCode, PostalCodeAreaForm form) {
    requireAdmin(caller);
    if (!PostalCodes.isValid(postalCode)) {
      throw new InvalidRequestException("postalCode", PostalCodes.MESSAGE);
    }
    GeoPoint centroid = new GeoPoint(form.latitude(), form.longitude());
    PostalCodeArea area =
        areas
            .find(postalCode)
            .map(
                known -> {
                  known.update(form.placeName(), centroid);
                  return known;
                })
            .orElseGet(
                () -> {
                  PostalCodeArea added = new PostalCodeArea(postalCode, form.placeName(), centroid);
                  areas.add(added);
                  return added;
                });
    audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, area.postalCode());
    return PostalCodeAreaView.of(area);
  }

  @Override
  public void remove(Caller caller, String postalCode) {
    requireAdmin(caller);
    PostalCodeArea area =
        areas
            .find(postalCode == null ? "" : postalCode)
            .orElseThrow(() -> new RecordNotFoundException("postal code", postalCode));
    areas.remove(area);
    audit.record(caller, AuditAction.DELETE, RECORD_TYPE, area.postalCode());
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only admins keep the table of postal codes.");
    }
  }
}
