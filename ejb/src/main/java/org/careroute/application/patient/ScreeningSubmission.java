package org.careroute.application.patient;

import jakarta.validation.constraints.NotNull;
import org.careroute.domain.model.patient.ScreeningAnswers;

/** Answers to the screening questions: every question must be answered yes or no. */
public record ScreeningSubmission(
    @NotNull(message = "Answer whether you are pregnant.") Boolean pregnant,
    @NotNull(message = "Answer whether you have been diagnosed with dementia.") Boolean dementia,
    @NotNull(message = "Answer whether you have a history of substance use.")
        Boolean substanceUseHistory,
    @NotNull(message = "Answer whether you have heart disease.") Boolean heartDisease,
    @NotNull(message = "Answer whether your blood pressure is uncontrolled.")
        Boolean uncontrolledBloodPressure) {

  public ScreeningAnswers toAnswers() {
    return new ScreeningAnswers(
        pregnant, dementia, substanceUseHistory, heartDisease, uncontrolledBloodPressure);
  }
}
