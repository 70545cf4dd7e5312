package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.Indicator;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import io.github.cchc.model.Timeframe;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.Severity;
import io.github.cchc.rules.Subject;
import java.io.StringReader;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Example tests of the task-table importer, on rows quoted from seed 002 (Hải Phòng 2024) and its variants. */
class TaskTableImporterTest {
  private static final Year Y2024 = Year.of(2024);
  private static final String HEADER =
      "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\tSản phẩm";

  private static final TaskTableImporter IMPORTER = TaskTableImporter.builder().year(Y2024).directory(directory()).build();

  static AgencyDirectory directory() {
    return AgencyDirectory.of(List.of(
            Agency.of("hp", "Ủy ban nhân dân thành phố Hải Phòng", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE),
            department("hp.snv", "Sở Nội vụ", AgencyKind.DEPARTMENT),
            department("hp.vp", "Văn phòng Ủy ban nhân dân thành phố", AgencyKind.OFFICE),
            department("hp.stttt", "Sở Thông tin và Truyền thông", AgencyKind.DEPARTMENT),
            department("hp.stp", "Sở Tư pháp", AgencyKind.DEPARTMENT)),
        List.of(AgencyGroup.builder().id("hp.so-nganh").name("Các sở, ban, ngành").withinId("hp")
                .addLevels(AgencyLevel.PROVINCE).addKinds(AgencyKind.DEPARTMENT).build(),
            AgencyGroup.builder().id("hp.huyen").name("UBND quận, huyện").addLevels(AgencyLevel.DISTRICT).build()));
  }

  private static Agency department(String id, String name, AgencyKind kind) {
    return Agency.builder().id(id).name(name).level(AgencyLevel.PROVINCE).kind(kind).addParent(ParentLink.of("hp")).build();
  }

  /** Rows from lines of tab-separated cells, as the seed prints them. */
  static List<List<String>> tsv(String... lines) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      rows.add(List.of(line.split("\t", -1)));
    }
    return rows;
  }

  private static List<String> codes(TaskImport result) {
    return result.report().findings().stream().map(f -> f.code() + " " + f.subject()).toList();
  }

  @Test
  void readsSeedRowsWithSectionsSubRowsAndAgencies() {
    TaskImport result = IMPORTER.read(tsv(
        "DANH MỤC",
        HEADER,
        "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền\t\t\t\t\t",
        "1\tBan hành Kế hoạch cải cách hành chính năm 2024\t\t\t\t",
        "\t- Thành phố\tSở Nội vụ\tCác sở, ban, ngành; UBND quận, huyện\tTháng 12/2023\tKế hoạch của UBND thành phố",
        "\t- Các sở, ban, ngành\t- Các sở, ban, ngành; - UBND quận, huyện\t\tTrước ngày 25/01/2024\tKế hoạch của các sở",
        "III. Cải cách thủ tục hành chính",
        "25\t100% TTHC trên địa bàn thành phố đủ điều kiện được cung cấp trực tuyến toàn trình\tVP UBND thành phố"
            + "\tSở TT&TT\tCả năm 2024\tBáo cáo"));

    assertEquals(2, result.tasks().size());
    Task first = result.tasks().get(0);
    assertEquals(Optional.of("1"), first.number());
    assertEquals(Optional.of(ReformArea.DIRECTION), first.area());
    assertEquals(2, first.subtasks().size());
    Task city = first.subtasks().get(0);
    assertEquals(Optional.of("-"), city.number());
    assertEquals("Thành phố", city.content());
    assertEquals(List.of(Party.agency("hp.snv").withPrinted("Sở Nội vụ")), city.leads());
    assertEquals(List.of(Party.group("hp.so-nganh").withPrinted("Các sở, ban, ngành"),
        Party.group("hp.huyen").withPrinted("UBND quận, huyện")), city.coordinators());
    assertEquals(Optional.of(Timeframe.parse("Tháng 12/2023", Y2024)), city.timeframe());
    assertEquals(List.of(Product.of("Kế hoạch của UBND thành phố")), city.products());
    assertEquals(2, first.subtasks().get(1).leads().size(), "bulleted agencies are separate parties");
    assertEquals(List.of("hp.snv", "hp.stp"), IMPORTER.readParties("- Sở Nội vụ - Sở Tư pháp").stream().map(Party::ref)
        .toList(), "a bulleted list flattened onto one line");
    assertEquals(List.of("Sở Lao động - Thương binh và Xã hội"), IMPORTER.readParties("Sở Lao động - Thương binh và Xã hội")
        .stream().map(Party::ref).toList(), "a dash inside a name");

    Task online = result.tasks().get(1);
    assertEquals(Optional.of(ReformArea.ADMINISTRATIVE_PROCEDURES), online.area(), "a section row of one cell");
    assertEquals(List.of(Party.agency("hp.vp").withPrinted("VP UBND thành phố")), online.leads(), "VP and UBND written out");
    assertEquals(List.of(Party.agency("hp.stttt").withPrinted("Sở TT&TT")), online.coordinators());
    assertEquals(Optional.of(Timeframe.ofYear(Y2024)), online.timeframe());
    assertEquals(Optional.of(Indicator.PROCEDURES_FULLY_ONLINE), online.targets().get(0).indicatorId()
        .flatMap(Indicator::findBuiltIn));
    assertEquals(List.of("IMPORT_SKIPPED_ROW row 1"), codes(result), "only the title above the header");
  }

  @Test
  void joinsTheRowAPageBreakCutAndSaysSo() {
    TaskImport result = IMPORTER.read(tsv(HEADER,
        "55\tTiếp tục triển khai áp dụng tiêu chuẩn TCVN ISO 18091:2020 tại một số địa phương cấp huyện, xã của\t"
            + "Sở Khoa học và Công nghệ\tUBND quận, huyện\tCả năm 2024\tBáo cáo kết quả áp dụng",
        "",
        HEADER,
        "\tthành phố Hải Phòng\t\t\t\ttiêu chuẩn TCVN ISO 18091:2020",
        "56\tTriển khai thí điểm KPI\tSở Nội vụ\t\tCả năm 2024\tBáo cáo"));
    Task joined = result.tasks().get(0);
    assertTrue(joined.content().endsWith("cấp huyện, xã của thành phố Hải Phòng"), joined.content());
    assertEquals(List.of(Product.of("Báo cáo kết quả áp dụng tiêu chuẩn TCVN ISO 18091:2020")), joined.products());
    assertEquals(2, result.tasks().size());
    TaskImport stopOnly = IMPORTER.read(tsv(HEADER, "55\tRà soát\tSở Nội vụ\t\tCả năm 2024\tBáo cáo", HEADER,
        "\tthủ tục\t\t\t\t."));
    assertEquals("Rà soát thủ tục", stopOnly.tasks().get(0).content());
    assertEquals(List.of(Product.of("Báo cáo")), stopOnly.tasks().get(0).products(), "a product cell of a full stop adds nothing");
    Finding f = result.report().findings("IMPORT_JOINED_ROW").get(0);
    assertEquals("/4", f.pointer());
    assertEquals("Row 5 continues task 55 across a page break and is joined to it", f.message(Locale.ENGLISH));
    assertEquals(List.of(Party.named("Sở Khoa học và Công nghệ")), joined.leads(), "not in this directory");
    Finding unresolved = result.report().findings("IMPORT_UNRESOLVED_AGENCY").get(0);
    assertEquals(Subject.of(Subject.Kind.CELL, "C2"), unresolved.subject());
    assertEquals("/1/2", unresolved.pointer());
  }

  @Test
  void columnsInAnyOrderAndWordingWithoutDiacritics() {
    TaskImport result = IMPORTER.read(tsv(
        "SAN PHAM\tthoi gian\tSTT\tCo quan thuc hien\tNhiem vu\tphoi hop",
        "Bao cao\tQuy IV/2024\t7\tSo Noi vu\tKiem tra cai cach hanh chinh\tSo Tu phap"));
    Task task = result.tasks().get(0);
    assertEquals(Optional.of("7"), task.number());
    assertEquals("Kiem tra cai cach hanh chinh", task.content());
    assertEquals(List.of(Party.agency("hp.snv").withPrinted("So Noi vu")), task.leads());
    assertEquals(List.of(Party.agency("hp.stp").withPrinted("So Tu phap")), task.coordinators());
    assertEquals(Timeframe.Kind.QUARTERS, task.timeframe().orElseThrow().kind());
    assertEquals(Optional.of(Timeframe.parse("Quy IV/2024", Y2024)), task.timeframe(), "read with the plan year");
    assertEquals(List.of(Product.of("Bao cao")), task.products());
    assertTrue(result.report().findings().isEmpty(), result.report().toString());
  }

  @Test
  void aRowWhoseCellsBeginWithHeaderWordsIsATask() {
    TaskImport result = IMPORTER.read(tsv(HEADER,
        "1\tNhiệm vụ rà soát thủ tục\tSở Tư pháp\t\tThời gian: cả năm 2024\tKết quả rà soát"));
    assertEquals(1, result.tasks().size(), result.report().toString());
    assertEquals(List.of(Product.of("Kết quả rà soát")), result.tasks().get(0).products());
  }

  @Test
  void missingUnknownAndRepeatedColumnsAreNamed() {
    TaskImport result = IMPORTER.read(tsv(
        "TT\tNội dung\tGhi chú\tCơ quan chủ trì\tChủ trì",
        "1\tRà soát thủ tục\tưu tiên\tSở Tư pháp\tSở Nội vụ",
        "2\tCông bố thủ tục\t\tSở Tư pháp\t\tthừa"));
    assertEquals(2, result.tasks().size());
    assertEquals(List.of(Party.agency("hp.stp").withPrinted("Sở Tư pháp")), result.tasks().get(0).leads(),
        "the first of two lead columns");
    List<String> missing = result.report().findings("IMPORT_MISSING_COLUMN").stream()
        .map(f -> f.message()).sorted().toList();
    assertEquals(List.of("Hàng tiêu đề 1 không có cột \"Cơ quan phối hợp\"; các nhiệm vụ được nhập thiếu thông tin này",
        "Hàng tiêu đề 1 không có cột \"Sản phẩm\"; các nhiệm vụ được nhập thiếu thông tin này",
        "Hàng tiêu đề 1 không có cột \"Thời gian thực hiện/hoàn thành\"; các nhiệm vụ được nhập thiếu thông tin này"), missing);
    assertEquals("Column C1 \"Ghi chú\" is not a column of a task table; its cells are not imported",
        result.report().findings("IMPORT_UNKNOWN_COLUMN").get(0).message(Locale.ENGLISH));
    assertEquals("Column E1 \"Chủ trì\" repeats column D1; only D1 is imported",
        result.report().findings("IMPORT_DUPLICATE_COLUMN").get(0).message(Locale.ENGLISH));
    assertEquals(List.of("C2", "E2", "F3"), result.report().findings("IMPORT_IGNORED_CELL").stream()
        .map(f -> f.subject().label()).toList(), "every cell left out is named");
  }

  @Test
  void aSectionMergedAcrossTheRowIsReadWhereverItStartsAndNumbersLoseTheirFullStop() {
    TaskImport result = IMPORTER.read(tsv(
        "Nội dung công việc\tCơ quan chủ trì\tSTT",
        "IV. Cải cách tổ chức bộ máy\t\t",
        "Sắp xếp đơn vị sự nghiệp\tSở Nội vụ\t34."));
    assertEquals(Optional.of(ReformArea.ORGANISATION), result.tasks().get(0).area());
    assertEquals(Optional.of("34"), result.tasks().get(0).number());
    assertTrue(result.report().findings("IMPORT_IGNORED_CELL").isEmpty(), result.report().toString());
  }

  @Test
  void aTableWithoutAHeaderImportsNothingAndSaysWhy() {
    TaskImport result = IMPORTER.read(tsv("1\tRà soát\tSở Tư pháp", "2\tCông bố\tSở Tư pháp"));
    assertTrue(result.tasks().isEmpty());
    Finding f = result.report().findings().get(0);
    assertEquals("IMPORT_NO_HEADER", f.code());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message(Locale.ENGLISH).contains("none of its 2 rows was imported"), f.message(Locale.ENGLISH));
  }

  @Test
  void rowsThatCannotBeTasksAreReportedNotDropped() {
    TaskImport result = IMPORTER.read(tsv(HEADER,
        "a)\tTuyên truyền\tSở Nội vụ\t\tQuý 5/2024\tBáo cáo",
        "IX. Việc khác\t\t\t\t\t",
        "3\t\tSở Nội vụ\t\tCả năm 2024\tBáo cáo",
        "4\tb) Kiểm tra\tSở Nội vụ\t\tCả năm 2024\tBáo cáo"));
    assertEquals(List.of("IMPORT_ORPHAN_SUBROW row 2", "IMPORT_UNREADABLE_TIMEFRAME cell E2", "IMPORT_UNKNOWN_SECTION cell A3",
        "IMPORT_NO_CONTENT row 4"), codes(result));
    assertEquals(Optional.of("Quý 5/2024"), result.tasks().get(0).unreadTimeframe(), "kept as printed");
    assertEquals(Optional.empty(), result.tasks().get(1).area(), "after a section naming no area");
    assertEquals(Optional.of("4"), result.tasks().get(1).number(), "a letter inside a numbered row's content is content");
    assertEquals("Hàng 4 không có nội dung công việc nên không được nhập: \"3 | Sở Nội vụ | Cả năm 2024 | Báo cáo\"",
        result.report().findings("IMPORT_NO_CONTENT").get(0).message());
  }

  @Test
  void subRowsWithoutAParentStayTasksOfTheirOwnEachReported() {
    TaskImport result = IMPORTER.read(tsv(HEADER,
        "II. Cải cách thể chế\t\t\t\t\t",
        "\t- Rà soát văn bản\tSở Tư pháp\t\tQuý I/2024\tBáo cáo",
        "\t- Công bố văn bản\tSở Tư pháp\t\tQuý II/2024\tQuyết định",
        "11\tKiểm tra văn bản\tSở Tư pháp\t\tCả năm 2024\tBáo cáo",
        "\t- Cấp huyện\tUBND quận, huyện\t\tCả năm 2024\tBáo cáo"));
    assertEquals(List.of(0, 0, 1), result.tasks().stream().map(t -> t.subtasks().size()).toList(),
        "an orphan does not adopt the sub-rows after it");
    assertEquals(List.of("row 3", "row 4"), result.report().findings("IMPORT_ORPHAN_SUBROW").stream()
        .map(f -> f.subject().toString()).toList());
    assertTrue(result.tasks().stream().allMatch(t -> t.area().equals(Optional.of(ReformArea.INSTITUTIONS))));
  }

  @Test
  void aliasesNameSeveralParties() {
    TaskTableImporter importer = TaskTableImporter.builder().year(Y2024).directory(directory())
        .alias("UBND cấp huyện, cấp xã", List.of(Party.group("hp.huyen"), Party.agency("hp"))).build();
    TaskImport result = importer.read(tsv(HEADER, "1\tRà soát\tubnd cap huyen, cap xa\t\t\t"));
    assertEquals(List.of("hp.huyen", "hp"), result.tasks().get(0).leads().stream().map(Party::ref).toList());
    assertEquals(List.of(), codes(result).stream().filter(c -> !c.startsWith("IMPORT_MISSING")).toList());
  }

  @Test
  void badArgumentsAreNamed() {
    List<List<String>> rows = new ArrayList<>(tsv(HEADER));
    rows.add(Arrays.asList("1", null));
    CchcException e = assertThrows(CchcException.class, () -> IMPORTER.read(rows));
    assertEquals("Cell B2 of the table is null", e.getMessage());
    assertThrows(CchcException.class, () -> TaskTableImporter.builder().build());
    assertThrows(CchcException.class, () -> TaskTableImporter.builder().alias(" ", List.of(Party.agency("a"))));
  }

  @Test
  void addressesCountColumnsAsSpreadsheetsDo() {
    assertEquals("A1", TaskTableImporter.address(0, 0));
    assertEquals("Z3", TaskTableImporter.address(2, 25));
    assertEquals("AA1", TaskTableImporter.address(0, 26));
    assertEquals("AZ1", TaskTableImporter.address(0, 51));
    assertEquals("BA10", TaskTableImporter.address(9, 52));
  }

  @Test
  void delimitedTextQuotedAsSpreadsheetsWriteIt() {
    List<List<String>> rows = DelimitedTables.parseCsv(new StringReader(
        "TT,Nội dung công việc,Sản phẩm\n1,\"Rà soát, đánh giá\",\"- Báo cáo\n- Kế hoạch\"\n2,\"Nói \"\"rõ\"\"\",\n"));
    assertEquals(List.of(List.of("TT", "Nội dung công việc", "Sản phẩm"), List.of("1", "Rà soát, đánh giá",
        "- Báo cáo\n- Kế hoạch"), List.of("2", "Nói \"rõ\"", "")), rows);
    TaskImport result = IMPORTER.read(rows);
    assertEquals(List.of(Product.of("Báo cáo"), Product.of("Kế hoạch")), result.tasks().get(0).products());
    assertEquals(List.of(List.of("a", "b,c"), List.of("d")), DelimitedTables.parseTsv(new StringReader("a\tb,c\nd\n")));
    DelimitedTables.TableFormatException e = assertThrows(DelimitedTables.TableFormatException.class,
        () -> DelimitedTables.parseCsv(new StringReader("a,b\n1,\"never closed\n")));
    assertTrue(e.getMessage().startsWith("Malformed CSV row 2, at line"), e.getMessage());
    assertEquals(2, e.getRow(), "the record whose quote is open");
    assertTrue(e.getMessage(java.util.Locale.forLanguageTag("vi")).startsWith("bảng CSV sai định dạng ở hàng 2"),
        e.getMessage(java.util.Locale.forLanguageTag("vi")));
  }

  @Test
  void theTextIsClosedOnceRead() {
    boolean[] closed = {false};
    java.io.Reader text = new java.io.FilterReader(new StringReader("a\tb\n")) {
      @Override
      public void close() throws java.io.IOException {
        closed[0] = true;
        super.close();
      }
    };
    assertEquals(List.of(List.of("a", "b")), DelimitedTables.parseTsv(text));
    assertTrue(closed[0]);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstCell() {
    assertEquals(List.of(List.of("TT", "Nội dung"), List.of("1", "Rà soát")),
        DelimitedTables.parseCsv(new StringReader("\uFEFFTT,Nội dung\n1,Rà soát\n")));
    assertEquals(List.of(), DelimitedTables.parseTsv(new StringReader("\uFEFF")));
  }

  @Test
  void contentTooLongToReadForTargetsIsKeptAndReported() {
    String content = "Rà soát " + "thủ tục hành chính ".repeat(600);
    TaskImport result = IMPORTER.read(tsv(HEADER, "1\t" + content + "\tSở Nội vụ\t\tCả năm 2024\tBáo cáo"));
    assertEquals(content.strip().length(), result.tasks().get(0).content().length(), "kept whole");
    assertTrue(result.tasks().get(0).targets().isEmpty());
    Finding f = result.report().findings("IMPORT_UNREADABLE_CELL").get(0);
    assertEquals("B2", f.subject().label());
    assertTrue(f.facts().get("reason").toString().contains("10000"), f.facts().get("reason").toString());
  }

  @Test
  void aCellOfThousandsOfNamesIsReadWhole() {
    String names = String.join(", ", java.util.Collections.nCopies(20_000, "đơn vị lạ")) + ", Sở Nội vụ";
    TaskImport result = IMPORTER.read(tsv(HEADER, "1\tRà soát\t" + names + "\t\tCả năm 2024\tBáo cáo"));
    List<Party> leads = result.tasks().get(0).leads();
    // Compared piecewise: a failure message quoting 20,000 names helps nobody.
    assertEquals(2, leads.size(), "the unknown run kept as one name, then the known agency");
    assertEquals(Party.Kind.NAMED, leads.get(0).kind());
    assertEquals(20_000 * "đơn vị lạ, ".length() - 2, leads.get(0).ref().length());
    assertTrue(Party.agency("hp.snv").withPrinted("Sở Nội vụ").equals(leads.get(1)), "printed as its own words");
  }

  @Test
  void hostileCellsAreReadInLinearTime() {
    // A hang guard, not a timing: each of these took minutes while a pattern was quadratic in them.
    String spaces = "Sở Nội vụ" + " ".repeat(200_000) + "x và Sở Tư pháp";
    String stops = "Sở Nội vụ" + ".".repeat(200_000) + "x";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      assertEquals(List.of("Sở Nội vụ x", "hp.stp"), IMPORTER.readParties(spaces).stream().map(Party::ref).toList());
      assertEquals(1, IMPORTER.readParties(stops).size());
      TaskImport result = IMPORTER.read(tsv(HEADER, "1\t" + "a".repeat(50_000) + "\t" + spaces + "\t" + stops + "\t"
          + " ".repeat(100_000) + "Quý I" + "\t" + "- ".repeat(100_000)));
      assertEquals(1, result.tasks().size());
    });
  }

  @Test
  void productCellsSplitOnListMarksButNotInsideNames() {
    assertEquals(List.of(Product.of("Hệ thống quản lý chống hối lộ - Các yêu cầu")),
        TaskTableImporter.products("Hệ thống quản lý chống hối lộ - Các yêu cầu."));
    assertEquals(List.of(Product.of("Báo cáo"), Product.of("Kế hoạch")), TaskTableImporter.products("- Báo cáo - Kế hoạch"));
    assertEquals(List.of(Product.of("Báo cáo"), Product.of("Kế hoạch")), TaskTableImporter.products("Báo cáo; Kế hoạch"));
  }

  @Test
  void headersAreRecognisedInTheirUsualWordings() {
    assertEquals(Optional.of(TaskColumn.TIMEFRAME), TaskColumn.fromHeader("Thời gian thực hiện/ hoàn thành"));
    assertEquals(Optional.of(TaskColumn.TIMEFRAME), TaskColumn.fromHeader("THOI GIAN"));
    assertEquals(Optional.of(TaskColumn.LEADS), TaskColumn.fromHeader("Cơ quan thực hiện"));
    assertEquals(Optional.of(TaskColumn.LEADS), TaskColumn.fromHeader("Cơ quan, đơn vị chủ trì"));
    assertEquals(Optional.of(TaskColumn.COORDINATORS), TaskColumn.fromHeader("Cơ quan phối hợp"));
    assertEquals(Optional.of(TaskColumn.NUMBER), TaskColumn.fromHeader("S.T.T"));
    assertEquals(Optional.of(TaskColumn.CONTENT), TaskColumn.fromHeader("Nội dung công việc"));
    assertEquals(Optional.of(TaskColumn.PRODUCTS), TaskColumn.fromHeader("Sản phẩm"));
    assertEquals(Optional.of(TaskColumn.PRODUCTS), TaskColumn.fromHeader("Sản phẩm (dự kiến)"));
    assertEquals(Optional.empty(), TaskColumn.fromHeader("Ghi chú"));
    assertEquals(Optional.empty(), TaskColumn.fromHeader("Nhiệm vụ rà soát thủ tục"), "content, not a header");
    assertEquals(Optional.empty(), TaskColumn.fromHeader(""));
  }
}
