package io.github.cchc.rules;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyGroup;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import io.github.cchc.model.DocumentRef;
import io.github.cchc.model.ParentLink;
import io.github.cchc.model.Party;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Product;
import io.github.cchc.model.ReformArea;
import io.github.cchc.model.Task;
import java.time.Year;
import java.util.List;

/** Rows and lines of the seed plans, quoted as printed, to build the rules' example tests from. */
public final class Seeds {
  public static final Year Y2024 = Year.of(2024);
  public static final Year Y2022 = Year.of(2022);

  private Seeds() {}

  public static AgencyDirectory haiPhong() {
    return AgencyDirectory.of(List.of(
        Agency.of("hp", "Ủy ban nhân dân thành phố Hải Phòng", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE),
        department("hp.snv", "Sở Nội vụ"), department("hp.skhcn", "Sở Khoa học và Công nghệ"),
        department("hp.stttt", "Sở Thông tin và Truyền thông"), department("hp.stp", "Sở Tư pháp")),
        List.of(AgencyGroup.builder().id("hp.so-nganh").name("Các sở, ban, ngành").withinId("hp")
                .addLevels(AgencyLevel.PROVINCE).addKinds(AgencyKind.DEPARTMENT).build(),
            AgencyGroup.builder().id("hp.huyen").name("UBND quận, huyện").addLevels(AgencyLevel.DISTRICT).build()));
  }

  private static Agency department(String id, String name) {
    return Agency.builder().id(id).name(name).level(AgencyLevel.PROVINCE).kind(AgencyKind.DEPARTMENT)
        .addParent(ParentLink.of("hp")).build();
  }

  /** Seed 002, row 56, as printed. */
  public static Task row56() {
    return Task.builder().number("56").area(ReformArea.DIGITAL_GOVERNMENT)
        .content("Triển khai thí điểm áp dụng bộ chỉ số đánh giá hiệu quả công việc (KPI) tại Sở Khoa học và Công nghệ")
        .addLead(Party.agency("hp.skhcn")).addCoordinator(Party.named("Các đơn vị thuộc và trực thuộc Sở Khoa học và Công nghệ"))
        .timeframeText("Cả năm 2024", Y2024).addProduct(Product.of("Kế hoạch; Báo cáo kết quả triển khai áp dụng KPI"))
        .build();
  }

  /** Seed 002, row 57, as printed: dated "Cả năm 2021" in the 2024 plan. */
  public static Task row57() {
    return Task.builder().number("57").area(ReformArea.DIGITAL_GOVERNMENT)
        .content("Thí điểm triển khai áp dụng Tiêu chuẩn TCVN ISO TCVN ISO 37001:2018 “Hệ thống quản lý chống hối lộ - "
            + "Các yêu cầu và hướng dẫn sử dụng” tại Sở Khoa học và Công nghệ")
        .addLead(Party.agency("hp.skhcn")).addCoordinator(Party.named("Các đơn vị thuộc và trực thuộc Sở Khoa học và Công nghệ"))
        .timeframeText("Cả năm 2021", Y2024).addProduct(Product.of("Kế hoạch; Báo cáo kết quả thí điểm")).build();
  }

  /** Seed 002, row 27, as printed: its product cell is empty. */
  public static Task row27() {
    return Task.builder().number("27").area(ReformArea.ADMINISTRATIVE_PROCEDURES)
        .content("50% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, "
            + "hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ Trung ương đến địa phương")
        .addLead(Party.agency("hp.stttt")).addCoordinator(Party.group("hp.so-nganh"))
        .timeframeText("Cả năm 2024", Y2024).build();
  }

  /** Seed 002, the unnumbered row between 35 and 36, as printed. */
  public static Task rowAfter35() {
    return Task.builder().area(ReformArea.ORGANISATION)
        .content("Tiếp tục thực hiện Nghị quyết số 117/NĐ-CP ngày 30/7/2023 ban hành Kế hoạch thực hiện sắp xếp đơn vị "
            + "hành chính cấp huyện, cấp xã giai đoạn 2023 – 2025")
        .addLead(Party.group("hp.so-nganh")).addLead(Party.group("hp.huyen")).addCoordinator(Party.agency("hp.snv"))
        .timeframeText("Cả năm 2024", Y2024).addProduct(Product.of("Đề án của UBND thành phố")).build();
  }

  public static Plan.Builder plan2024(List<Task> tasks) {
    return Plan.builder().id("hai-phong-2024").title("Kế hoạch Cải cách hành chính nhà nước thành phố Hải Phòng năm 2024")
        .year(Y2024).level(AgencyLevel.PROVINCE).issuer(Party.agency("hp"))
        .issuingDocument(DocumentRef.parse("Quyết định số 4791/QĐ-UBND ngày 29/12/2023"))
        .tasks(tasks).directory(haiPhong());
  }
}
