package io.github.cchc.model.json;

import io.github.cchc.model.Party;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Parties read from their tokens on the streaming read, each party of a document made once: a plan
 * names the same few agencies on every row, and its check that each is in the directory then walks
 * a few values rather than one party, one string and its bytes per name, cold after the read has
 * allocated the rest of the plan. Anything but a party as cchc writes it (a missing, unknown,
 * repeated, null or mistyped property, a kind or value the model refuses) is refused, and the tree
 * read that follows words the error; on the tree read, Jackson's binding reads parties as ever.
 */
final class PartyTokens extends DelegatingDeserializer {
  private static final int KIND = 1;
  private static final int REF = 1 << 1;
  private static final int PRINTED = 1 << 2;

  PartyTokens(ValueDeserializer<?> binding) {
    super(binding);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> binding) {
    return new PartyTokens(binding);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    // The streaming read's attribute, kept under Timeframe.class since the timeframe reader, in the
    // model's package, was the first to read from the tokens (CchcJson's STREAMING).
    if (ctxt.getAttribute(io.github.cchc.model.Timeframe.class) == null || p.currentToken() != JsonToken.START_OBJECT) {
      return super.deserialize(p, ctxt);
    }
    String kind = null;
    String ref = null;
    String printed = null;
    int seen = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      int bit = t != JsonToken.PROPERTY_NAME ? 0 : switch (p.currentName()) {
        case "kind" -> KIND;
        case "ref" -> REF;
        case "printed" -> PRINTED;
        default -> 0;
      };
      if (bit == 0 || (seen & bit) != 0 || p.nextToken() != JsonToken.VALUE_STRING) {
        throw refused(p);
      }
      seen |= bit;
      String value = p.getString();
      switch (bit) {
        case KIND -> kind = value;
        case REF -> ref = value;
        default -> printed = value;
      }
    }
    if ((seen & (KIND | REF)) != (KIND | REF)) {
      throw refused(p);
    }
    @SuppressWarnings("unchecked")
    Map<String, List<Party>> made = (Map<String, List<Party>>) ctxt.getAttribute(PartyTokens.class);
    if (made == null) {
      made = new HashMap<>();
      ctxt.setAttribute(PartyTokens.class, made);
    }
    // The parties made so far with this ref: nearly always one (one kind, the same printed words or none).
    List<Party> withRef = made.computeIfAbsent(ref, r -> new ArrayList<>(1));
    for (int i = 0; i < withRef.size(); i++) {
      if (same(withRef.get(i), kind, printed)) {
        return withRef.get(i);
      }
    }
    Party party = party(p, kind, ref, printed);
    withRef.add(party);
    return party;
  }

  private static boolean same(Party party, String kind, String printed) {
    return party.kind().name().equals(kind) && java.util.Objects.equals(party.printed().orElse(null), printed);
  }

  private static Party party(JsonParser p, String kind, String ref, String printed) {
    Party party;
    try {
      party = switch (Party.Kind.valueOf(kind)) {
        case AGENCY -> Party.agency(ref);
        case GROUP -> Party.group(ref);
        case NAMED -> Party.named(ref);
      };
      if (printed != null) {
        party = party.withPrinted(printed);
      }
    } catch (RuntimeException e) {
      throw refused(p);
    }
    // Words a party cleans are left to the tree read, so that the parties shared above are those
    // whose words are as written: a document of many unclean words cannot lengthen their list.
    if (!party.ref().equals(ref) || printed != null && !party.printed().get().equals(printed)) {
      throw refused(p);
    }
    return party;
  }

  private static MismatchedInputException refused(JsonParser p) {
    return MismatchedInputException.from(p, Party.class, "a party the streaming read leaves to the tree read");
  }
}
