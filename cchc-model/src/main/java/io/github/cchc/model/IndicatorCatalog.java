package io.github.cchc.model;

import io.github.cchc.model.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicators a plan's targets are recognised as and looked up by (danh mục chỉ số): the
 * built-in ones of the plans, and a user's own, each with the wordings that name it.
 *
 * <p>A wording is phrases joined by "…": it names its indicator when every phrase appears in the
 * text, in any order, ignoring case, diacritics and spacing ("hồ sơ … đúng hạn" names
 * {@link Indicator#DOSSIERS_ON_TIME} in "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", and in the
 * OCR'd "ho so giai quyet dung han"). Recognition tries a user's indicators first, in the order
 * added, then the built-ins from the most specific wording to the least; the first that matches
 * wins. Wording that could name more than one quantity ("tỷ lệ hoàn thành") names none.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class IndicatorCatalog {
  /** Tried in this order: the more specific wording comes first ("hồ sơ … toàn trình" before "TTHC … toàn trình"). */
  private static final IndicatorCatalog BUILT_IN = new IndicatorCatalog(List.of(
      entry(Indicator.SATISFACTION, "hài lòng"),
      entry(Indicator.DOSSIERS_ON_TIME, "hồ sơ … đúng hạn"),
      entry(Indicator.DOSSIERS_TRACKED, "theo dõi trạng thái"),
      entry(Indicator.GOVERNMENT_TASKS_COMPLETED, "nhiệm vụ … Chính phủ … giao"),
      entry(Indicator.PLAN_TASKS_COMPLETED, "nhiệm vụ … kế hoạch cải cách hành chính"),
      entry(Indicator.AGENCIES_INSPECTED, "kiểm tra … cải cách hành chính"),
      entry(Indicator.DOSSIERS_FULLY_ONLINE, "hồ sơ … trực tuyến toàn trình"),
      entry(Indicator.PROCEDURES_FULLY_ONLINE, "TTHC … trực tuyến toàn trình"),
      entry(Indicator.ONLINE_PAYMENTS, "thanh toán trực tuyến … giao dịch"),
      entry(Indicator.BUDGET_DISBURSEMENT, "giải ngân"),
      entry(Indicator.DIGITISED_DOSSIERS),
      entry(Indicator.WAITING_TIME)), 0);

  /** An indicator and its wordings, each a list of folded phrases that must all appear. */
  private record Entry(Indicator indicator, List<List<String>> wordings) {}

  private final List<Entry> entries;
  private final int userEntries;

  private IndicatorCatalog(List<Entry> entries, int userEntries) {
    this.entries = List.copyOf(merge(entries));
    this.userEntries = userEntries;
  }

  /**
   * Gets the catalog of the built-in indicators ({@link Indicator#builtIns()}) and their wordings.
   *
   * @return the built-in catalog, not null
   */
  public static IndicatorCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a copy of this catalog with an indicator of the user's and the wordings that name it,
   * tried before the built-ins and after the user's indicators added earlier. Adding an indicator
   * already in the catalog adds its wordings.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param indicator the indicator, not null
   * @param wordings the wordings that name it, phrases joined by "…" (or "..."), none blank
   * @return a catalog with the indicator, not null
   * @throws MalformedValueException if another indicator has the same id, or a wording is blank
   */
  public IndicatorCatalog with(Indicator indicator, String... wordings) {
    Objects.requireNonNull(indicator, "indicator");
    find(indicator.id()).filter(known -> !known.equals(indicator)).ifPresent(known -> {
      throw new MalformedValueException("id", "Indicator id \"" + indicator.id() + "\" is already used by \""
          + known.vietnameseName() + "\"", "mã chỉ số \"" + indicator.id() + "\" đã được dùng cho \"" + known.vietnameseName()
          + "\"");
    });
    List<Entry> copy = new ArrayList<>(entries);
    copy.add(userEntries, entry(indicator, wordings));
    boolean alreadyTheUsers = entries.subList(0, userEntries).stream()
        .anyMatch(e -> e.indicator().id().equals(indicator.id()));
    return new IndicatorCatalog(copy, userEntries + (alreadyTheUsers ? 0 : 1));
  }

  /**
   * Finds an indicator by id.
   *
   * @param id the id, not null
   * @return the indicator, empty if the catalog has none with that id
   */
  public Optional<Indicator> find(String id) {
    Objects.requireNonNull(id, "id");
    return entries.stream().map(Entry::indicator).filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Gets the indicators, in the order recognition tries them.
   *
   * @return the indicators, not null
   */
  public List<Indicator> indicators() {
    return entries.stream().map(Entry::indicator).toList();
  }

  /**
   * Recognises the indicator a target's wording names unmistakably.
   *
   * @param wording the words of the target or of its sentence, not null; only the first 10,000
   *     characters are read
   * @return the indicator, empty if the wording names none
   */
  public Optional<Indicator> recognise(CharSequence wording) {
    CharSequence head = wording.length() > Texts.MAX_PARSE_LENGTH ? wording.subSequence(0, Texts.MAX_PARSE_LENGTH) : wording;
    String k = Folding.key(head);
    for (Entry e : entries) {
      for (List<String> phrases : e.wordings()) {
        if (phrases.stream().allMatch(k::contains)) {
          return Optional.of(e.indicator());
        }
      }
    }
    return Optional.empty();
  }

  private static Entry entry(Indicator indicator, String... wordings) {
    List<List<String>> folded = new ArrayList<>();
    for (String w : wordings) {
      List<String> phrases = Arrays.stream(w.split("…|\\.\\.\\.")).map(Folding::key).filter(p -> !p.isEmpty()).toList();
      if (phrases.isEmpty()) {
        throw new MalformedValueException("", "A wording of indicator \"" + indicator.id() + "\" is blank: \"" + w + "\"",
            "một cách gọi của chỉ số \"" + indicator.id() + "\" không có chữ nào: \"" + w + "\"");
      }
      folded.add(phrases);
    }
    return new Entry(indicator, List.copyOf(folded));
  }

  /** One entry per indicator, where it first appears, with all its wordings in order. */
  private static List<Entry> merge(List<Entry> entries) {
    List<Entry> merged = new ArrayList<>();
    for (Entry e : entries) {
      int at = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).indicator().id().equals(e.indicator().id())) {
          at = i;
        }
      }
      if (at < 0) {
        merged.add(e);
      } else {
        List<List<String>> all = new ArrayList<>(merged.get(at).wordings());
        all.addAll(e.wordings());
        merged.set(at, new Entry(merged.get(at).indicator(), List.copyOf(all)));
      }
    }
    return merged;
  }

  /** Returns "IndicatorCatalog[13 indicators]". */
  @Override
  public String toString() {
    return "IndicatorCatalog[" + entries.size() + " indicators]";
  }
}
