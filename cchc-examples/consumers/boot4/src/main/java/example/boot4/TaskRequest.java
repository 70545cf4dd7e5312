package example.boot4;

import io.github.cchc.model.validation.KnownAgency;
import io.github.cchc.model.validation.ValidTimeframe;
import jakarta.validation.constraints.NotNull;

/** A service's own request: a task's lead agency, from the service's directory, and its timeframe. */
public record TaskRequest(@NotNull @KnownAgency String lead, @ValidTimeframe String timeframe) {}
