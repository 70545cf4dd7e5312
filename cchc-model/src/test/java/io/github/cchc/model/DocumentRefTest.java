package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.text.Folding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Citations as the seeds print them. */
class DocumentRefTest {
  @Test
  void readsTheLegalBasesOfTheHaiPhong2024Plan() {
    DocumentRef nq = DocumentRef.parse("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng "
        + "thể cải cách hành chính nhà nước giai đoạn 2021-2030");
    assertEquals(DocumentType.RESOLUTION, nq.type());
    assertEquals(Optional.of("Nghị quyết"), nq.typeWord());
    assertEquals(Optional.of("76/NQ-CP"), nq.number());
    assertEquals(Optional.of("76"), nq.serial());
    assertEquals(Optional.of(LocalDate.of(2021, 7, 15)), nq.issuedOn());
    assertTrue(nq.title().orElseThrow().startsWith("của Chính phủ ban hành"));
    assertTrue(nq.isTypeConsistent());

    DocumentRef kh = DocumentRef.parse("Kế hoạch số 216/KH-UBND ngày 23/9/2021");
    assertEquals(DocumentType.PLAN, kh.type());
    assertEquals(Optional.of(DocumentType.PLAN), kh.codeType());

    DocumentRef cv = DocumentRef.parse("Công văn số 3152/SNV-CCHC&PC ngày 14/12/2023");
    assertEquals(DocumentType.OFFICIAL_LETTER, cv.type());
    assertEquals(Optional.of("3152/SNV-CCHC&PC"), cv.number());
    assertEquals(Optional.empty(), cv.codeType());
    assertTrue(cv.isTypeConsistent());

    DocumentRef law = DocumentRef.parse("Luật Tổ chức chính quyền địa phương ngày 19/6/2015");
    assertEquals(DocumentType.LAW, law.type());
    assertEquals(Optional.empty(), law.number());
    assertEquals(Optional.of("Tổ chức chính quyền địa phương"), law.title());
    assertEquals(Optional.of(LocalDate.of(2015, 6, 19)), law.issuedOn());

    DocumentRef party = DocumentRef.parse("Nghị quyết số 03-NQ/TU");
    assertEquals(Optional.of("03-NQ/TU"), party.number());
    assertEquals(Optional.empty(), party.issuedOn());
    assertEquals(Optional.of(DocumentType.RESOLUTION), party.codeType());

    DocumentRef kl = DocumentRef.parse("Kết luận số 50-KL/TW, ngày 28/02/2023 của Bộ Chính trị");
    assertEquals(DocumentType.CONCLUSION, kl.type());
    assertEquals(Optional.of(LocalDate.of(2023, 2, 28)), kl.issuedOn());
    assertEquals(Optional.of("của Bộ Chính trị"), kl.title());
  }

  @Test
  void readsTheHeaderNumberAndLongDates() {
    DocumentRef header = DocumentRef.parse("Số: 4791 /QĐ-UBND");
    assertEquals(Optional.of("4791/QĐ-UBND"), header.number());
    assertEquals(DocumentType.DECISION, header.type());
    assertEquals(Optional.empty(), header.typeWord());
    DocumentRef decision = DocumentRef.parse("Quyết định số 4791/QĐ-UBND ngày 29 tháng 12 năm 2023");
    assertEquals(Optional.of(LocalDate.of(2023, 12, 29)), decision.issuedOn());
    DocumentRef decree = DocumentRef.parse("Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ");
    assertEquals(Optional.of("107/2021/NĐ-CP"), decree.number());
    assertEquals(Optional.of(DocumentType.DECREE), decree.codeType());
  }

  @Test
  void keepsAMismatchBetweenWordAndCodeForTheRules() {
    DocumentRef odd = DocumentRef.parse("Nghị quyết số 117/NĐ-CP ngày 30/7/2023");
    assertEquals(DocumentType.RESOLUTION, odd.type());
    assertEquals(Optional.of(DocumentType.DECREE), odd.codeType());
    assertFalse(odd.isTypeConsistent());
  }

  @Test
  void typeCodesAScanDamagedAreReadAsTheCodesTheyStandForWithThePrintedTextKept() {
    Map<String, String> read = Map.of("Nghi quyét sé 76/NO-CP ngay 15/7/2021", "76/NQ-CP",
        "Nghi dinh s6 61/2018/NO-CP", "61/2018/NĐ-CP", "Quyet dinh 468/QP-TTg", "468/QĐ-TTg",
        "Nghi dinh 45/2020/NB-CP", "45/2020/NĐ-CP", "Quyét dinh s6 3848/QP-UBND", "3848/QĐ-UBND",
        "Nghi dinh s6 61/2018/NP-CP", "61/2018/NĐ-CP");
    read.forEach((printed, number) -> {
      DocumentRef ref = DocumentRef.parse(printed);
      assertEquals(Optional.of(number), ref.number(), printed);
      assertEquals(printed, ref.text(), printed);
      assertTrue(ref.isTypeConsistent(), printed);
    });
    // "NO" may be NQ or NĐ: with no type word to decide, the number stays as printed and names no type.
    DocumentRef bare = DocumentRef.parse("76/NO-CP");
    assertEquals(Optional.of("76/NO-CP"), bare.number());
    assertEquals(Optional.empty(), bare.codeType());
    assertEquals(Optional.empty(), DocumentRef.parse("Nghi dinh 45/2020/NX-CP").codeType(), "noise that is no code");
    assertEquals("76/NQ-CP", DocumentRef.findAll("Căn cứ Nghị quyết số 76/NO-CP ngày 15/7/2021 của Chính phủ;").get(0)
        .ref().number().orElseThrow());
    assertEquals(Optional.of(DocumentType.DECREE), DocumentRef.parse("Nghi dinh so 61/2018/ND-CP").codeType());
  }

  @Test
  void findsEveryCitationInATextAcrossLineBreaks() {
    String text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của "
        + "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;\n\nCăn cứ Nghị quyết số "
        + "76/NQ-CP ngày 15/7/2021 của Chính phủ; Quyết định số 468/QĐ-\n\nTTg ngày 27/3/2021; theo Công văn số "
        + "3152/SNV-CCHC&PC ngày 14/12/2023.";
    List<DocumentRef.Occurrence> found = DocumentRef.findAll(text);
    assertEquals(5, found.size(), found.toString());
    assertEquals(DocumentType.LAW, found.get(0).ref().type());
    assertEquals(Optional.of(LocalDate.of(2015, 6, 19)), found.get(0).ref().issuedOn());
    assertEquals(Optional.of(LocalDate.of(2019, 11, 22)), found.get(1).ref().issuedOn());
    DocumentRef split = found.get(3).ref();
    assertEquals(Optional.of("468/QĐ-TTg"), split.number());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 27)), split.issuedOn());
    for (DocumentRef.Occurrence o : found) {
      assertEquals(Folding.clean(text.substring(o.start(), o.end())), o.ref().text());
    }
    assertTrue(text.substring(found.get(2).start(), found.get(2).end()).startsWith("Nghị quyết số 76/NQ-CP"));
  }

  @Test
  void refusesTextThatIsNoCitation() {
    TextParseException e = assertThrows(TextParseException.class, () -> DocumentRef.parse("của Chính phủ"));
    assertTrue(e.getMessage().contains("\"của Chính phủ\""), e.getMessage());
    assertThrows(TextParseException.class, () -> DocumentRef.parse("Quyết định số 1/QĐ-UB ngày 31/02/2024"));
  }

  @Test
  void constructionRejectsAContradictoryType() {
    MalformedValueException e = assertThrows(MalformedValueException.class, () -> DocumentRef.builder()
        .type(DocumentType.DECREE).typeWord("Nghị quyết").number("1/NQ-CP").build());
    assertTrue(e.getMessage().contains("contradicts its type word \"Nghị quyết\""), e.getMessage());
    MalformedValueException n = assertThrows(MalformedValueException.class, () -> DocumentRef.builder()
        .type(DocumentType.DECREE).number("một trăm").build());
    assertTrue(n.getMessage().contains("\"một trăm\""), n.getMessage());
  }
}
