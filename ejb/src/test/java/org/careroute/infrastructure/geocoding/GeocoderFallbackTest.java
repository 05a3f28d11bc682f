package org.careroute.infrastructure.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careroute.domain.model.geocoding.PostalCodeArea;
import org.careroute.domain.model.geocoding.PostalCodeAreaRepository;
import org.careroute.domain.service.GeocodedLocation;
import org.careroute.domain.service.GeocodedLocation.Source;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;
import org.careroute.infrastructure.config.GeocoderConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which geocoder answers: a configured Nominatim-compatible service first (here a tiny HTTP server
 * on the loopback address), then the postal-code table when the service fails or finds nothing.
 */
class GeocoderFallbackTest {

  private static final StreetAddress HOME =
      new StreetAddress("2401 K Street", "95816", "Sacramento");
  private static final GeoPoint MIDTOWN = new GeoPoint(38.5730, -121.4680);

  private final PostalCodeAreaRepository table = new InMemoryPostalCodes();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile int status = 200;
  private volatile String body = "[]";
  private volatile long delayMillis;

  @BeforeEach
  void serve() throws IOException {
    table.add(new PostalCodeArea("95816", "Sacramento (Midtown)", MIDTOWN));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
          sleep(delayMillis);
          byte[] answer = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Optional<String> url() {
    return Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private Optional<GeocodedLocation> locate(Optional<String> url) {
    return GeocoderConfiguration.chain(url, Duration.ofMillis(500), table).locate(HOME);
  }

  @Test
  void withoutAConfiguredServiceThePostalCodeTableLocatesTheAddressApproximately() {
    Optional<GeocodedLocation> found = locate(Optional.empty());

    assertThat(found).contains(new GeocodedLocation(MIDTOWN, true, Source.POSTAL_CODE));
    assertThat(requests).isEmpty();
  }

  @Test
  void aConfiguredServiceIsAskedFirstAndAHouseNumberMatchIsExact() {
    body =
        """
        [{"lat":"38.5741","lon":"-121.4702","address":{"house_number":"2401","road":"K Street"}}]""";

    Optional<GeocodedLocation> found = locate(url());

    assertThat(found)
        .contains(new GeocodedLocation(new GeoPoint(38.5741, -121.4702), false, Source.GEOCODER));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0))
        .startsWith("/search?")
        .contains("street=2401+K+Street", "postalcode=95816", "city=Sacramento", "format=jsonv2");
    assertThat(userAgents.get(0)).startsWith("CareRoute/");
  }

  @Test
  void aServiceResultWithoutAHouseNumberIsApproximate() {
    body =
        """
        [{"lat":"38.5745","lon":"-121.4710","address":{"road":"K Street"}}]""";

    assertThat(locate(url()).orElseThrow().approximate()).isTrue();
  }

  @Test
  void aServiceThatFailsFallsBackToTheTable() {
    status = 503;
    body = "{\"error\":\"overloaded\"}";

    assertThat(locate(url())).contains(new GeocodedLocation(MIDTOWN, true, Source.POSTAL_CODE));
    assertThat(requests).hasSize(1);
  }

  @Test
  void aServiceThatTakesLongerThanTheTimeoutFallsBackToTheTable() {
    delayMillis = 2_000;
    body = "[{\"lat\":\"1\",\"lon\":\"2\"}]";

    assertThat(locate(url()).orElseThrow().source()).isEqualTo(Source.POSTAL_CODE);
  }

  @Test
  void aServiceThatAnswersGarbageOrCoordinatesOffTheEarthFallsBackToTheTable() {
    body = "<html>not json</html>";
    assertThat(locate(url()).orElseThrow().source()).isEqualTo(Source.POSTAL_CODE);

    body = "[{\"lat\":\"123\",\"lon\":\"-121\"}]";
    assertThat(locate(url()).orElseThrow().source()).isEqualTo(Source.POSTAL_CODE);
  }

  @Test
  void aServiceThatFindsNothingFallsBackToTheTable() {
    body = "[]";

    assertThat(locate(url()).orElseThrow().source()).isEqualTo(Source.POSTAL_CODE);
  }

  @Test
  void anUnreachableServiceFallsBackToTheTable() {
    Optional<String> closed = url();
    server.stop(0);

    assertThat(locate(closed).orElseThrow().source()).isEqualTo(Source.POSTAL_CODE);
  }

  @Test
  void anAddressNeitherKnowsIsNotFound() {
    StreetAddress elsewhere = new StreetAddress("1 Main Street", "10001", "New York");

    assertThat(GeocoderConfiguration.chain(url(), Duration.ofMillis(500), table).locate(elsewhere))
        .isEmpty();
  }

  @Test
  void postalCodesAreFoundHoweverTheyAreSpacedOrCased() {
    table.add(new PostalCodeArea("sw1a 1aa", "Westminster", new GeoPoint(51.501, -0.142)));

    assertThat(
            new PostalCodeGeocoder(table)
                .locate(new StreetAddress("10 Downing Street", " SW1A  1AA ", "London")))
        .isPresent();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class InMemoryPostalCodes implements PostalCodeAreaRepository {

    private final Map<String, PostalCodeArea> areas = new HashMap<>();

    @Override
    public Optional<PostalCodeArea> find(String postalCode) {
      return Optional.ofNullable(areas.get(StreetAddress.normalisedPostalCode(postalCode)));
    }

    @Override
    public List<PostalCodeArea> findAll() {
      return new ArrayList<>(areas.values());
    }

    @Override
    public void add(PostalCodeArea area) {
      areas.put(area.postalCode(), area);
    }

    @Override
    public void remove(PostalCodeArea area) {
      areas.remove(area.postalCode());
    }
  }
}
