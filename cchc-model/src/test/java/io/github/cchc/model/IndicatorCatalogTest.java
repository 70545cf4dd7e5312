package io.github.cchc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in wordings as data, and a user's indicators tried first. */
class IndicatorCatalogTest {
  private static final Indicator LAND = Indicator.of("LAND_DOSSIERS_ON_TIME", "Tỷ lệ hồ sơ đất đai giải quyết đúng hạn",
      "Land dossiers resolved on time", Target.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER);

  @Test
  void theBuiltInWordingsRecogniseTheSeedsTargetsCleanAndOcrd() {
    IndicatorCatalog c = IndicatorCatalog.builtIn();
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME), c.recognise("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn và đúng hạn"));
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME), c.recognise("ty le ho so giai quyet truoc va dung han dat tren 95%"));
    assertEquals(Optional.of(Indicator.SATISFACTION), c.recognise("Mức độ hài lòng của người dân đối với hồ sơ đúng hạn"));
    assertEquals(Optional.of(Indicator.DOSSIERS_FULLY_ONLINE), c.recognise("hồ sơ TTHC trực tuyến toàn trình"));
    assertEquals(Optional.of(Indicator.PROCEDURES_FULLY_ONLINE), c.recognise("TTHC đủ điều kiện trực tuyến toàn trình"));
    assertEquals(Optional.empty(), c.recognise("tỷ lệ hoàn thành"), "wording that could name more than one quantity");
    assertEquals(Indicator.builtIns().size(), c.indicators().size());
    assertEquals(Optional.of(Indicator.WAITING_TIME), c.find("WAITING_TIME"));
  }

  @Test
  void aUsersIndicatorIsTriedFirstAndLookedUpById() {
    IndicatorCatalog c = IndicatorCatalog.builtIn().with(LAND, "hồ sơ đất đai … đúng hạn", "thủ tục đất đai ... đúng hạn");
    assertEquals(Optional.of(LAND), c.recognise("Tỷ lệ HỒ SƠ ĐẤT ĐAI được giải quyết đúng hạn"));
    assertEquals(Optional.of(LAND), c.recognise("thu tuc dat dai giai quyet dung han"), "its second wording");
    assertEquals(Optional.of(Indicator.DOSSIERS_ON_TIME), c.recognise("hồ sơ giải quyết đúng hạn"));
    assertEquals(Optional.of(LAND), c.find(LAND.id()));
    assertEquals(LAND, c.indicators().get(0));
    assertEquals(c.indicators(), c.with(LAND, "đất đai").indicators(), "adding wordings keeps one entry");
  }

  @Test
  void anIdTakenByAnotherIndicatorOrABlankWordingIsRefused() {
    Indicator other = Indicator.of("SATISFACTION", "Khác", "Other", Target.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER);
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    MalformedValueException taken = assertThrows(MalformedValueException.class,
        () -> IndicatorCatalog.builtIn().with(other, "khác"));
    assertEquals(Optional.of("id"), taken.getAttribute());
    assertTrue(taken.getMessage(vi).startsWith("mã chỉ số \"SATISFACTION\" đã được dùng cho \""), taken.getMessage(vi));
    MalformedValueException blank = assertThrows(MalformedValueException.class,
        () -> IndicatorCatalog.builtIn().with(LAND, " … "));
    assertEquals("một cách gọi của chỉ số \"" + LAND.id() + "\" không có chữ nào: \" … \"", blank.getMessage(vi));
  }
}
