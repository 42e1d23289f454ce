package dk.pulje.grants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A report's new due date, and why it was moved. */
public record DueDateRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 1000) String reason) {
}
