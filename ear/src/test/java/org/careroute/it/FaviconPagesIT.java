package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page's browser finds the practice's icon where browsers look for it, before anyone logs in.
 */
class FaviconPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void everyPageFindsTheIconAtTheAddressBrowsersAskForWithoutLoggingIn() {
    try (Browser browser = new Browser(base, "login-page-with-icon", Browser.DESK)) {
      for (String page :
          List.of(
              "index.html",
              "patient.html",
              "profile.html",
              "dispatcher.html",
              "nurse.html",
              "admin.html")) {
        browser.open(page);
        // A synchronous request (this browser never logged in): it completes before a logged-out
        // page can send the browser on.
        Object answer =
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "const request = new XMLHttpRequest();"
                        + " request.open('GET', new URL('/favicon.ico', location.href), false);"
                        + " request.send();"
                        + " return request.status + ' ' + request.getResponseHeader('content-type');");
        assertThat(String.valueOf(answer)).as(page).startsWith("200 image/");
      }
      browser.open("index.html");
    }
  }
}
