package io.github.cchc.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * A .docx document as blocks, with Apache POI. Word keeps a numbered list's numbers ("I.", "1.",
 * "a)") out of the text, in its list definitions: they are counted here as Word shows them and put
 * in front of the paragraph, so the outline reads as printed. A block's line is its place among
 * the document's paragraphs and tables, counted from 1.
 */
final class WordBlocks {
  private WordBlocks() {}

  static List<Block> read(InputStream in, String name) throws IOException {
    try (XWPFDocument document = new XWPFDocument(in)) {
      Numbers numbers = new Numbers(document.getNumbering());
      List<Block> blocks = new ArrayList<>();
      int place = 0;
      for (IBodyElement element : document.getBodyElements()) {
        place++;
        if (element instanceof XWPFParagraph p) {
          String text = p.getText().strip();
          if (text.isEmpty()) {
            continue;
          }
          String number = numbers.next(p);
          blocks.add(Block.paragraph(number.isEmpty() ? text : number + " " + text, place, 0));
        } else if (element instanceof XWPFTable t) {
          blocks.add(Block.table(OfficeTables.rows(t), place, 0));
        }
      }
      return List.copyOf(blocks);
    } catch (POIXMLException | InvalidOperationException | IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": not a .docx document (" + e.getMessage() + ")", e);
    }
  }

  /** Word's list counters: per list, one per level, a level's count restarting when a level above it moves. */
  private static final class Numbers {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    Numbers(XWPFNumbering numbering) {
      this.numbering = numbering;
    }

    /** The number Word shows in front of a paragraph, or "" for a paragraph in no list. */
    String next(XWPFParagraph p) {
      BigInteger numId = p.getNumID();
      if (numId == null || numbering == null) {
        return "";
      }
      XWPFNum num = numbering.getNum(numId);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return "";
      }
      XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      if (abstractNum == null) {
        return "";
      }
      CTAbstractNum definition = abstractNum.getCTAbstractNum();
      int level = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(8, p.getNumIlvl().intValue()));
      int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
      count[level] = count[level] == 0 ? start(definition, level) : count[level] + 1;
      for (int deeper = level + 1; deeper < count.length; deeper++) {
        count[deeper] = 0;
      }
      CTLvl lvl = lvl(definition, level);
      if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
        return "";
      }
      String format = format(lvl);
      if (format.equals("bullet")) {
        return "-";
      }
      String shown = lvl.getLvlText().getVal();
      for (int l = 0; l <= level; l++) {
        CTLvl other = lvl(definition, l);
        int value = Math.max(count[l], other == null ? 1 : start(definition, l));
        shown = shown.replace("%" + (l + 1), numeral(other == null ? "decimal" : format(other), value));
      }
      return shown.strip();
    }

    private static CTLvl lvl(CTAbstractNum definition, int level) {
      for (CTLvl lvl : definition.getLvlArray()) {
        if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
          return lvl;
        }
      }
      return null;
    }

    private static int start(CTAbstractNum definition, int level) {
      CTLvl lvl = lvl(definition, level);
      return lvl == null || lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
      return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }
  }

  /** A count as Word's number formats write it. */
  static String numeral(String format, int n) {
    return switch (format) {
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
      case "lowerLetter" -> letters(n);
      case "none" -> "";
      default -> Integer.toString(n);
    };
  }

  private static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder s = new StringBuilder();
    int rest = Math.max(1, Math.min(n, 3999));
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        s.append(symbols[i]);
        rest -= values[i];
      }
    }
    return s.toString();
  }

  /** Word's letters: a … z, then aa … zz. */
  private static String letters(int n) {
    int k = Math.max(1, n);
    char c = (char) ('a' + (k - 1) % 26);
    return String.valueOf(c).repeat((k - 1) / 26 + 1);
  }
}
