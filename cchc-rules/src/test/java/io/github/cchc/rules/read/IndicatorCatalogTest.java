package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.model.Indicator;
import io.github.cchc.model.IndicatorCatalog;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Target;
import io.github.cchc.model.Task;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.Finding;
import io.github.cchc.rules.RuleSet;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A user's indicator is recognised in a task's text by the importer, looked up by id and named by the rules. */
class IndicatorCatalogTest {
  private static final Indicator LAND = Indicator.of("LAND_DOSSIERS_ON_TIME",
      "Tỷ lệ hồ sơ đất đai giải quyết đúng hạn", "Land dossiers resolved on time", Target.Unit.PERCENT,
      Indicator.Direction.HIGHER_IS_BETTER);
  private static final IndicatorCatalog CATALOG = IndicatorCatalog.builtIn().with(LAND, "hồ sơ … đất đai … đúng hạn");
  private static final String ROW =
      "1\tPhấn đấu tỷ lệ hồ sơ đất đai giải quyết đúng hạn đạt trên 90%\tSở Nội vụ\t\tCả năm 2024\tBáo cáo";

  private static Task importedRow(TaskTableImporter importer) {
    TaskImport result = importer.read(TaskTableImporterTest.tsv(
        "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\tSản phẩm", ROW));
    return result.tasks().get(0);
  }

  @Test
  void theImporterRecognisesAUsersIndicatorInATasksText() {
    TaskTableImporter.Builder builder = TaskTableImporter.builder().year(Year.of(2024))
        .directory(TaskTableImporterTest.directory());
    Target withUsers = importedRow(builder.indicators(CATALOG).build()).targets().get(0);
    assertEquals(Optional.of("LAND_DOSSIERS_ON_TIME"), withUsers.indicatorId());
    assertEquals(Optional.of(LAND), CATALOG.find(withUsers.indicatorId().orElseThrow()));

    Target builtIn = importedRow(TaskTableImporter.builder().year(Year.of(2024))
        .directory(TaskTableImporterTest.directory()).build()).targets().get(0);
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME.id()), builtIn.indicatorId(), "without it, the built-in one");
    assertEquals(Optional.empty(), IndicatorCatalog.builtIn().find(LAND.id()));
  }

  @Test
  void theRulesNameAUsersIndicatorFromTheirCatalog() {
    Target above90 = Target.parseAll("hồ sơ đất đai giải quyết đúng hạn đạt trên 90%").get(0).withIndicator(LAND);
    Target atLeast95 = Target.parseAll("hồ sơ đất đai giải quyết đúng hạn đạt tối thiểu 95%").get(0).withIndicator(LAND);
    Plan plan = Plan.builder().id("p").title("Kế hoạch").year(Year.of(2024))
        .level(io.github.cchc.model.AgencyLevel.PROVINCE).keyTargets(List.of(above90, atLeast95)).build();
    CheckReport named = RuleSet.builtIn().withIndicators(CATALOG).check(plan);
    List<Finding> conflicts = named.findings("TARGET_CONFLICT");
    assertEquals(1, conflicts.size());
    assertTrue(conflicts.get(0).message().contains(LAND.vietnameseName()), conflicts.get(0).message());
    String byId = RuleSet.builtIn().check(plan).findings("TARGET_CONFLICT").get(0).message();
    assertTrue(byId.contains(LAND.id()) && !byId.contains(LAND.vietnameseName()), "unknown to the built-ins: " + byId);
  }
}
