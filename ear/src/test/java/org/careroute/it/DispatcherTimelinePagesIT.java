package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dispatcher reads a day on the desk's timeline and map as a dispatcher would: blocks say whose
 * booking and which treatment (never an id), a nurse's concurrent clinic patients sit one under the
 * other, nurses and chairs are grouped under their headings, a block opens its details from the
 * keyboard, and the map numbers each route's stops in the order they are driven.
 */
class DispatcherTimelinePagesIT extends DeployedApplication {

  private static final int DAY = 26;

  @BeforeEach
  void needsChromium() {
    Browser.requireChromium();
  }

  private long book(Api.Login patient, String json) {
    return practice.bookedId(patient, json);
  }

  @Test
  void blocksNameThePatientAndTreatmentStackConcurrentSessionsAreGroupedAndOpenFromTheKeyboard() {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long clinicNurse = practice.nurse("Clara Chairside", "");
    practice.shift(
        clinicNurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    long fieldNurse = practice.nurse("Fiona Field", "\"HOME_VISIT\"");
    practice.shift(
        fieldNurse, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    List<Long> sessions =
        List.of(
            book(
                practice.clearedPatient("Ana Concurrent"),
                TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 10, 0))),
            book(
                practice.clearedPatient("Ben Concurrent"),
                TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 10, 0))));
    String home =
        """
        {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}""";
    long morning =
        book(
            practice.clearedPatientAt("Hana Early", TestPractice.LAT, TestPractice.LON - 0.08),
            home.formatted(treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 9, 0))));
    long afternoon =
        book(
            practice.clearedPatientAt("Ivo Late", TestPractice.LAT, TestPractice.LON + 0.08),
            home.formatted(treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 13, 0))));
    String date = TestPractice.at(DAY, 0, 0).toLocalDate().toString();

    try (Browser browser = new Browser(base, "dispatcher-reads-the-timeline", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open("dispatcher.html?clinic=" + clinic + "&day=" + date);
      browser.waitFor(d -> d.findElements(By.cssSelector("#timeline .block")).size() == 6);

      assertThat(texts(browser, "#timeline .lane-group > h3")).containsExactly("Nurses", "Chairs");
      assertThat(texts(browser, "#timeline .lane-group[aria-label=Nurses] .lane-name"))
          .containsExactly("Clara Chairside", "Fiona Field");
      assertThat(texts(browser, "#timeline .lane-group[aria-label=Chairs] .lane-name"))
          .containsExactly("Chair C1", "Chair C2");

      WebElement claraRow = laneNamed(browser, "Nurses", "Clara Chairside");
      List<WebElement> concurrent = claraRow.findElements(By.cssSelector(".block"));
      assertThat(concurrent).hasSize(2);
      assertThat(concurrent.stream().map(b -> b.getAttribute("textContent")))
          .containsExactlyInAnyOrder("A. C. · IM injection", "B. C. · IM injection");
      assertThat(concurrent.stream().map(b -> b.getAttribute("data-lane")))
          .containsExactlyInAnyOrder("0", "1");
      WebElement upper = concurrent.get(0);
      WebElement lower = concurrent.get(1);
      if (upper.getRect().getY() > lower.getRect().getY()) {
        upper = concurrent.get(1);
        lower = concurrent.get(0);
      }
      assertThat(lower.getRect().getY())
          .as("the second patient of the same hour is drawn below the first, not over it")
          .isGreaterThanOrEqualTo(upper.getRect().getY() + upper.getRect().getHeight());

      for (WebElement block : browser.all(By.cssSelector("#timeline .block"))) {
        assertThat(block.getAttribute("tabindex")).isEqualTo("0");
        String shown = block.getAttribute("textContent") + " " + block.getAttribute("aria-label");
        for (long id : List.of(sessions.get(0), sessions.get(1), morning, afternoon)) {
          assertThat(shown).doesNotContain(String.valueOf(id));
        }
      }

      WebElement ana =
          claraRow.findElement(
              By.xpath(".//*[contains(@class,'block')][.='A. C. · IM injection']"));
      assertThat(ana.getAttribute("aria-label"))
          .startsWith(
              "Clinic session, A. C. · IM injection, 10:00 to 11:00 (60 min), with Clara Chairside,"
                  + " in Chair C")
          .endsWith(", promised 10:00");
      assertThat(browser.all(By.id("timeline-details")).get(0).isDisplayed()).isFalse();
      ana.sendKeys(Keys.ENTER);
      assertThat(browser.driver.switchTo().activeElement()).isEqualTo(ana);
      WebElement details = browser.find(By.id("timeline-details"));
      assertThat(details.getText())
          .contains("A. C. · IM injection")
          .contains("10:00 to 11:00")
          .contains("with Clara Chairside")
          .contains("promised 10:00");

      WebElement hana =
          laneNamed(browser, "Nurses", "Fiona Field")
              .findElement(By.xpath(".//*[contains(@class,'block')][.='H. E. · IM injection']"));
      hana.sendKeys(Keys.ENTER);
      browser.waitForText(By.id("timeline-details"), "Home visit, H. E. · IM injection");
      assertThat(browser.find(By.id("timeline-details")).getText())
          .contains("promised 09:00–11:00");

      List<WebElement> numbers = browser.all(By.cssSelector("#map .stop-number"));
      assertThat(numbers.stream().map(WebElement::getText)).containsExactly("1", "2");
      assertThat(numbers.get(0).getAttribute("title"))
          .startsWith("Fiona Field, stop 1: H. E. · IM injection");
      assertThat(numbers.get(1).getAttribute("title"))
          .startsWith("Fiona Field, stop 2: I. L. · IM injection");
    }
  }

  private static List<String> texts(Browser browser, String css) {
    return browser.all(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static WebElement laneNamed(Browser browser, String group, String name) {
    return browser
        .all(By.cssSelector("#timeline .lane-group[aria-label=" + group + "] .lane"))
        .stream()
        .filter(lane -> lane.findElement(By.cssSelector(".lane-name")).getText().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
