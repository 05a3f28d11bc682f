package org.careroute.domain.service;

/** A geocoder did not answer, or answered something it should not; the message names no address. */
public class GeocoderUnavailableException extends RuntimeException {

  public GeocoderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public GeocoderUnavailableException(String message) {
    super(message);
  }
}
