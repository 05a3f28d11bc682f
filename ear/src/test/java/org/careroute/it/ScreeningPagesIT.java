package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A patient answering the screening on a phone is told plainly which question is unanswered. */
class ScreeningPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void anUnansweredQuestionIsFlaggedUnderItsChoicesNotBetweenARadioButtonAndItsLabel() {
    Api.Login patient = practice.registeredPatient("Forgetful " + practice.tag);
    try (Browser browser =
        new Browser(base, "patient-misses-a-screening-question", Browser.PHONE)) {
      browser.logIn(patient);
      // The login page sends a patient to the patient's page.
      browser.find(By.cssSelector("input[name=pregnant][value=false]"));
      for (String question :
          List.of("pregnant", "dementia", "substanceUseHistory", "uncontrolledBloodPressure")) {
        browser.click(By.cssSelector("input[name=" + question + "][value=false]"));
      }
      browser.click(By.cssSelector("#screening-form button[type=submit]"));

      WebElement message = browser.find(By.cssSelector("#screening-form .field-error"));
      WebElement group = browser.find(By.cssSelector("fieldset[data-field=heartDisease]"));
      assertThat(message.findElement(By.xpath("..")))
          .as("the message sits in the unanswered question's group")
          .isEqualTo(group);
      assertThat(message.findElement(By.xpath("preceding-sibling::*[1]")).getTagName())
          .as("after the last choice's label, not between a radio button and its label")
          .isEqualTo("label");
      WebElement firstChoice = group.findElement(By.cssSelector("input"));
      assertThat(firstChoice.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(firstChoice.getAttribute("aria-describedby"))
          .isEqualTo(message.getAttribute("id"));
    }
  }
}
