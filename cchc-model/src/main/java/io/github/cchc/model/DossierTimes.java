package io.github.cchc.model;

import io.github.cchc.model.text.IsoTimes;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads dossier times that may be given as a date alone: the start or the end of that day. */
final class DossierTimes {
  private DossierTimes() {}

  static LocalDateTime read(JsonParser p, DeserializationContext ctxt, LocalTime dateOnly) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.reportInputMismatch(LocalDateTime.class, "expected an ISO-8601 date or date-time string, was %s",
          p.currentToken());
    }
    String text = p.getString();
    try {
      // IsoTimes reads the forms cchc writes without the JDK's formatter, half the time of a line before it.
      return text.length() <= 10 ? IsoTimes.date(text).atTime(dateOnly) : IsoTimes.dateTime(text);
    } catch (DateTimeParseException e) {
      return ctxt.reportInputMismatch(LocalDateTime.class, "\"%s\" is not an ISO-8601 date or date-time",
          Texts.abbreviate(text));
    }
  }

  static final class StartOfDay extends ValueDeserializer<LocalDateTime> {
    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, ctxt, LocalTime.MIDNIGHT);
    }
  }

  static final class EndOfDay extends ValueDeserializer<LocalDateTime> {
    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, ctxt, LocalTime.MAX);
    }
  }
}
