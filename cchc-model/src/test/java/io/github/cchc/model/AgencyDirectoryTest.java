package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hierarchy of Hải Phòng and Hải Dương before and after the reform of 1 July 2025. */
class AgencyDirectoryTest {
  static final LocalDate BEFORE = LocalDate.of(2024, 6, 1);
  static final LocalDate AFTER = LocalDate.of(2025, 8, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  static AgencyDirectory haiPhong() {
    return AgencyDirectory.of(List.of(
        Agency.of("hp", "Ủy ban nhân dân thành phố Hải Phòng", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE),
        Agency.builder().id("hp.snv").name("Sở Nội vụ").addAbbreviation("SNV").level(AgencyLevel.PROVINCE)
            .kind(AgencyKind.DEPARTMENT).addParent(ParentLink.of("hp")).build(),
        Agency.builder().id("hp.vp").name("Văn phòng Ủy ban nhân dân thành phố").addAbbreviation("VP UBND thành phố")
            .level(AgencyLevel.PROVINCE).kind(AgencyKind.OFFICE).addParent(ParentLink.of("hp")).build(),
        Agency.builder().id("hd").name("Ủy ban nhân dân tỉnh Hải Dương").level(AgencyLevel.PROVINCE)
            .kind(AgencyKind.PEOPLES_COMMITTEE).validUntil(REFORM.minusDays(1)).addSuccessorId("hp").build(),
        Agency.builder().id("hp.thuy-nguyen").name("UBND huyện Thủy Nguyên").level(AgencyLevel.DISTRICT)
            .kind(AgencyKind.PEOPLES_COMMITTEE).addParent(ParentLink.of("hp")).validUntil(REFORM.minusDays(1)).build(),
        Agency.builder().id("hp.thuy-nguyen.x1").name("UBND xã Lại Xuân").level(AgencyLevel.COMMUNE)
            .kind(AgencyKind.PEOPLES_COMMITTEE)
            .addParent(ParentLink.of("hp.thuy-nguyen", Optional.empty(), Optional.of(REFORM.minusDays(1))))
            .addParent(ParentLink.of("hp", Optional.of(REFORM), Optional.empty())).build()),
        List.of(
            AgencyGroup.builder().id("g.so-nganh").name("Các sở, ban, ngành thành phố").withinId("hp")
                .addLevels(AgencyLevel.PROVINCE).addKinds(AgencyKind.DEPARTMENT, AgencyKind.OFFICE).build(),
            AgencyGroup.builder().id("g.huyen").name("UBND quận, huyện").addLevels(AgencyLevel.DISTRICT).build()));
  }

  @Test
  void aCommunesParentDependsOnTheDate() {
    AgencyDirectory d = haiPhong();
    assertEquals("hp.thuy-nguyen", d.parentOf("hp.thuy-nguyen.x1", BEFORE).orElseThrow().id());
    assertEquals("hp", d.parentOf("hp.thuy-nguyen.x1", AFTER).orElseThrow().id());
    assertEquals("hp.thuy-nguyen", d.parentOf("hp.thuy-nguyen.x1", REFORM.minusDays(1)).orElseThrow().id());
    assertEquals("hp", d.parentOf("hp.thuy-nguyen.x1", REFORM).orElseThrow().id());
    assertEquals(List.of("hp.snv", "hp.vp", "hp.thuy-nguyen"), ids(d.childrenOf("hp", BEFORE)));
    assertEquals(List.of("hp.snv", "hp.vp", "hp.thuy-nguyen.x1"), ids(d.childrenOf("hp", AFTER)));
    assertEquals(List.of("hp.snv", "hp.vp", "hp.thuy-nguyen", "hp.thuy-nguyen.x1"), ids(d.descendantsOf("hp", BEFORE)));
  }

  @Test
  void groupsResolveAsOfADate() {
    AgencyDirectory d = haiPhong();
    assertEquals(List.of("hp.snv", "hp.vp"), ids(d.membersOf("g.so-nganh", AFTER)));
    assertEquals(List.of("hp.thuy-nguyen"), ids(d.resolve(Party.group("g.huyen"), BEFORE)));
    assertEquals(List.of(), d.resolve(Party.group("g.huyen"), AFTER));
    assertEquals(List.of(), d.resolve(Party.named("Mặt trận Tổ quốc"), AFTER));
    assertEquals(List.of("hp"), ids(d.resolve(Party.agency("hd"), AFTER)), "Hải Dương merged into Hải Phòng");
    assertEquals(List.of("hd"), ids(d.resolve(Party.agency("hd"), BEFORE)));
  }

  @Test
  void findsAgenciesByNameIgnoringDiacriticsAndCase() {
    AgencyDirectory d = haiPhong();
    assertEquals(List.of("hp.snv"), ids(d.findByName("so noi VU")));
    assertEquals(List.of("hp.vp"), ids(d.findByName("VP UBND thanh pho")));
    assertTrue(d.findByName("Sở Tư pháp").isEmpty());
    assertFalse(d.contains("hp.stp"));
  }

  @Test
  void rejectsDuplicateIdsUnknownReferencesAndCycles() {
    Agency a = Agency.of("a", "A", AgencyLevel.PROVINCE, AgencyKind.OTHER);
    MalformedValueException dup = assertThrows(MalformedValueException.class,
        () -> AgencyDirectory.of(List.of(a, a), List.of()));
    assertTrue(dup.getMessage().contains("agencies[1] repeats the id \"a\""), dup.getMessage());
    MalformedValueException unknown = assertThrows(MalformedValueException.class, () -> AgencyDirectory.of(
        List.of(Agency.builder().from(a).addParent(ParentLink.of("zz")).build()), List.of()));
    assertTrue(unknown.getMessage().contains("agency \"a\" parent \"zz\""), unknown.getMessage());
    Agency b = Agency.builder().id("b").name("B").level(AgencyLevel.PROVINCE).kind(AgencyKind.OTHER)
        .addParent(ParentLink.of("c", Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty())).build();
    Agency c = Agency.builder().id("c").name("C").level(AgencyLevel.PROVINCE).kind(AgencyKind.OTHER)
        .addParent(ParentLink.of("b")).build();
    MalformedValueException cycle = assertThrows(MalformedValueException.class,
        () -> AgencyDirectory.of(List.of(b, c), List.of()));
    assertTrue(cycle.getMessage().contains("cycle of parents on 2025-01-01"), cycle.getMessage());
    MalformedValueException member = assertThrows(MalformedValueException.class, () -> AgencyDirectory.of(List.of(a),
        List.of(AgencyGroup.builder().id("g").name("G").addMemberId("q").build())));
    assertTrue(member.getMessage().contains("group \"g\" member \"q\""), member.getMessage());
  }

  @Test
  void aDirectoryReadNamesTheReferenceItLacksAtItsOwnPointerInBothLanguages() {
    String json = io.github.cchc.model.json.CchcJson.write(haiPhong());
    String[][] cases = {
        {"/groups/0/memberIds", "[\"zz\"]", "/groups/0/memberIds/0", "thành viên của nhóm \"g.so-nganh\""},
        {"/groups/0/withinId", "\"zz\"", "/groups/0/withinId", "cơ quan chủ quản của nhóm \"g.so-nganh\""},
        {"/agencies/5/parents/1/parentId", "\"zz\"", "/agencies/5/parents/1/parentId", "cấp trên của cơ quan \"hp.thuy-nguyen.x1\""},
        {"/agencies/3/successorIds/0", "\"zz\"", "/agencies/3/successorIds/0", "cơ quan kế thừa cơ quan \"hd\""},
        {"/agencies/2/id", "\"hp.snv\"", "/agencies/2/id", "mã cơ quan \"hp.snv\" bị lặp lại"},
        {"/groups/1/id", "\"g.so-nganh\"", "/groups/1/id", "mã nhóm cơ quan \"g.so-nganh\" bị lặp lại"}};
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    for (String[] c : cases) {
      tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) mapper.readTree(json);
      String parent = c[0].substring(0, c[0].lastIndexOf('/'));
      String name = c[0].substring(c[0].lastIndexOf('/') + 1);
      tools.jackson.databind.JsonNode value = mapper.readTree(c[1]);
      if (tree.at(parent).isArray()) {
        ((tools.jackson.databind.node.ArrayNode) tree.at(parent)).set(Integer.parseInt(name), value);
      } else {
        ((tools.jackson.databind.node.ObjectNode) tree.at(parent)).set(name, value);
      }
      io.github.cchc.model.json.JsonFormatException e = assertThrows(io.github.cchc.model.json.JsonFormatException.class,
          () -> io.github.cchc.model.json.CchcJson.read(mapper.writeValueAsString(tree), AgencyDirectory.class), c[0]);
      assertEquals(c[2], e.getPointer(), e.getMessage());
      assertTrue(e.getMessage(java.util.Locale.forLanguageTag("vi")).contains(c[3]), e.getMessage(java.util.Locale.forLanguageTag("vi")));
      NothingLostProperties.assertSaidInVietnamese(e);
    }
  }

  @Test
  void agenciesRejectMalformedParts() {
    MalformedValueException id = assertThrows(MalformedValueException.class,
        () -> Agency.of("", "A", AgencyLevel.PROVINCE, AgencyKind.OTHER));
    assertTrue(id.getMessage().contains("Agency id"), id.getMessage());
    assertThrows(MalformedValueException.class, () -> Agency.of("a b", "A", AgencyLevel.PROVINCE, AgencyKind.OTHER));
    MalformedValueException overlap = assertThrows(MalformedValueException.class, () -> Agency.builder().id("x")
        .name("X").level(AgencyLevel.COMMUNE).kind(AgencyKind.PEOPLES_COMMITTEE).addParent(ParentLink.of("p"))
        .addParent(ParentLink.of("q", Optional.of(REFORM), Optional.empty())).build());
    assertTrue(overlap.getMessage().contains("two parents at once"), overlap.getMessage());
    MalformedValueException everything = assertThrows(MalformedValueException.class,
        () -> AgencyGroup.builder().id("g").name("G").build());
    assertTrue(everything.getMessage().contains("neither member ids nor a rule"), everything.getMessage());
    MalformedValueException missing = assertThrows(MalformedValueException.class,
        () -> Agency.builder().id("x").name("X").build());
    assertTrue(missing.getMessage().contains("level"), missing.getMessage());
  }

  static List<String> ids(List<Agency> agencies) {
    return agencies.stream().map(Agency::id).toList();
  }
}
