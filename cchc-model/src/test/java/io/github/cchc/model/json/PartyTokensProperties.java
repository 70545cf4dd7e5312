package io.github.cchc.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import io.github.cchc.model.TaskRow;
import io.github.cchc.model.Timeframe;
import io.github.cchc.testing.CchcArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * The party reader from the tokens (the streaming read's) against Jackson's binding of parties
 * (every other read): the same party on what cchc writes; on any other party document, the
 * binding's party or a refusal in its own words, never a party the binding refuses; and within one
 * read, each party made once.
 */
class PartyTokensProperties {
  private static final ObjectReader BINDING = CchcJson.mapper().readerFor(Party.class);
  private static final ObjectReader TOKENS = BINDING.withAttribute(Timeframe.class, Boolean.TRUE);

  @Property(tries = 500)
  void whatCchcWritesReadsTheSameFromTheTokens(@ForAll("parties") Party party) {
    String json = CchcJson.writeLine(party);
    Party fromTokens = TOKENS.readValue(json);
    assertEquals(party, fromTokens);
    assertEquals(BINDING.<Party>readValue(json), fromTokens);
  }

  @Property(tries = 3000)
  void anyPartyDocumentReadsAsBoundOrIsLeftToTheBinding(@ForAll("partyDocuments") String json) {
    Optional<Party> bound;
    try {
      bound = Optional.of(BINDING.readValue(json));
    } catch (JacksonException | CchcException e) {
      // The binding words its own errors: the tokens are not read outside the streaming read.
      assertFalse(e.getMessage().contains("leaves to the tree read"), json + ": " + e.getMessage());
      bound = Optional.empty();
    }
    try {
      Party fromTokens = TOKENS.readValue(json);
      assertEquals(bound, Optional.of(fromTokens), json);
    } catch (JacksonException | CchcException e) {
      if (bound.isPresent()) {
        // What the tokens leave, they leave in their own words, before the binding is asked.
        assertTrue(e.getMessage().contains("leaves to the tree read"), json + ": " + e.getMessage());
      }
    }
  }

  /** A party bound from any words equals the one the factories make from them: both clean them alike. */
  @Property(tries = 1000)
  void aPartyBoundFromWordsEqualsTheOneTheFactoriesMake(@ForAll("words") String name, @ForAll("words") String printed,
      @ForAll boolean named) {
    String ref = named ? name : "hp.snv";
    String json = "{\"kind\":\"" + (named ? "NAMED" : "AGENCY") + "\",\"ref\":" + CchcJson.writeLine(ref)
        + ",\"printed\":" + CchcJson.writeLine(printed) + "}";
    Party made = (named ? Party.named(ref) : Party.agency(ref)).withPrinted(printed);
    assertEquals(made, BINDING.readValue(json), json);
    assertEquals(made, CchcJson.read(json, Party.class), json);
    assertEquals(made, CchcJson.read(CchcJson.write(made), Party.class));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("Sở Nội vụ", "  Sở  Nội vụ ", "Sở\tNội\u00a0vụ", "So\u031b\u0309 Nô\u0323i vu\u0323", "UBND\nquận");
  }

  /** Parties sharing a ref with other kinds or printed words are not taken for one another. */
  @Property(tries = 1000)
  void partiesOfOneRefAreToldApartByKindAndPrintedWords(@ForAll("sameRefs") List<Party> parties) {
    String json = CchcJson.writeLine(parties);
    List<Party> fromTokens = TOKENS.forType(PARTY_LIST).readValue(json);
    assertEquals(parties, fromTokens);
    assertEquals(BINDING.forType(PARTY_LIST).<List<Party>>readValue(json), fromTokens);
  }

  private static final tools.jackson.core.type.TypeReference<List<Party>> PARTY_LIST = new tools.jackson.core.type.TypeReference<>() {};

  @Provide
  Arbitrary<List<Party>> sameRefs() {
    Arbitrary<Party> party = Combinators.combine(Arbitraries.of("a", "b"), Arbitraries.of(Party.Kind.AGENCY, Party.Kind.GROUP),
        Arbitraries.of("", "Sở Nội vụ", "Sở Tư pháp")).as((ref, kind, printed) -> {
          Party p = kind == Party.Kind.AGENCY ? Party.agency(ref) : Party.group(ref);
          return printed.isEmpty() ? p : p.withPrinted(printed);
        });
    return party.list().ofMaxSize(12);
  }

  @Property(tries = 200)
  void eachPartyOfAPlanIsMadeOnceInARead(@ForAll Plan plan) {
    Plan read = CchcJson.streamed(CchcJson.writePlan(plan).getBytes(StandardCharsets.UTF_8), Plan.class,
        CchcJson.PLAN_FORMAT);
    assertEquals(plan, read);
    Map<Party, Party> first = new HashMap<>();
    for (Party party : parties(read)) {
      assertSame(first.computeIfAbsent(party, p -> p), party, party.toString());
    }
  }

  private static List<Party> parties(Plan plan) {
    List<Party> parties = new ArrayList<>();
    plan.issuer().ifPresent(parties::add);
    plan.keyTargets().forEach(t -> parties.addAll(t.scope()));
    plan.responsibilities().forEach(r -> parties.add(r.party()));
    plan.cascade().forEach(c -> parties.addAll(c.parties()));
    for (TaskRow row : plan.rows()) {
      parties.addAll(row.task().leads());
      parties.addAll(row.task().coordinators());
      for (Target target : row.task().targets()) {
        parties.addAll(target.scope());
      }
    }
    return parties;
  }

  @Provide
  Arbitrary<Party> parties() {
    return CchcArbitraries.parties();
  }

  /**
   * Party documents as cchc writes them and as it does not: kinds right and wrong, ids, names and
   * printed words clean and not, blank, mistyped or null values, unknown and repeated properties,
   * in any order.
   */
  @Provide
  Arbitrary<String> partyDocuments() {
    Arbitrary<String> kinds = Arbitraries.of("\"AGENCY\"", "\"GROUP\"", "\"NAMED\"", "\"agency\"", "\"X\"", "1", "null");
    Arbitrary<String> refs = Arbitraries.of("\"hp.snv\"", "\"so-noi-vu\"", "\"Sở Nội vụ\"", "\"  Sở  Nội vụ \"", "\"\"",
        "\" \"", "\"a b\"", "\"Se\\u0301\"", "7", "null", "[]");
    Arbitrary<String> printed = Arbitraries.of("\"Sở Nội vụ\"", "\" Sở  Nội vụ\"", "\"\"", "null", "true");
    Arbitrary<String> property = Arbitraries.oneOf(kinds.map(v -> "\"kind\":" + v), refs.map(v -> "\"ref\":" + v),
        printed.map(v -> "\"printed\":" + v), Arbitraries.of("\"tên\":\"x\"", "\"ref\":\"hp.snv\""));
    Arbitrary<String> cchcLike = Combinators.combine(kinds, refs, printed, Arbitraries.of(true, false))
        .as((k, r, p, withPrinted) -> "{\"kind\":" + k + ",\"ref\":" + r + (withPrinted ? ",\"printed\":" + p : "") + "}");
    Arbitrary<String> any = property.list().ofMaxSize(4).map(ps -> "{" + String.join(",", ps) + "}");
    return Arbitraries.oneOf(cchcLike, any, Arbitraries.of("[]", "\"hp.snv\"", "{\"kind\":\"AGENCY\",\"ref\":\"hp.snv\""));
  }
}
