package io.github.cchc.examples.bench;

import io.github.cchc.model.ReformArea;
import io.github.cchc.rules.read.Block;
import io.github.cchc.rules.read.PlanReader;
import io.github.cchc.rules.read.PlanReading;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether reading grows with the text and no faster: a commune-style plan written to 10^4, 10^5
 * and 10^6 characters (more measures and targets per area, as a long plan has), read whole, with
 * the blocks alone as the baseline of the same size. docs/performance.md fits the log–log slope of
 * time against size; linear reading gives 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadScalingBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int chars;

  String text;
  PlanReader reader;

  /** Writes the plan and builds the reader. */
  @Setup
  public void setUp() {
    text = plan(chars);
    reader = PlanReader.builder().build();
  }

  /** The library: every part of the plan and the findings. */
  @Benchmark
  public PlanReading read() {
    return reader.read(text);
  }

  /** The text's paragraphs alone. */
  @Benchmark
  public List<Block> blocks() {
    return Block.ofText(text);
  }

  /** A commune's plan of about the given length: each area's targets and measures, as many as it takes. */
  static String plan(int chars) {
    StringBuilder s = new StringBuilder("ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nSố: 5/KH-UBND\n\nAn Phú, ngày 10 tháng 01 năm 2025\n\n"
        + "KẾ HOẠCH\n\nCải cách hành chính xã An Phú năm 2025\n\n"
        + "Căn cứ Kế hoạch số 100/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân huyện;\n\n"
        + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Triển khai đồng bộ các nhiệm vụ cải cách hành chính của xã.\n\n"
        + "II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n\n");
    ReformArea[] areas = ReformArea.values();
    int perArea = Math.max(1, chars / (areas.length * 230));
    for (int a = 0; a < areas.length; a++) {
      s.append(a + 1).append(". ").append(areas[a].vietnameseName()).append("\n\na) Chỉ tiêu\n\n");
      for (int k = 0; k < perArea; k++) {
        s.append("- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu ").append(90 + k % 10)
            .append("%.\n\n");
      }
      s.append("b) Nhiệm vụ\n\n");
      for (int k = 0; k < perArea; k++) {
        s.append("- Rà soát, công khai thủ tục hành chính tại bộ phận một cửa, hoàn thành trước ngày ")
            .append(1 + k % 28).append('/').append(1 + k % 12).append("/2025.\n\n");
      }
    }
    s.append("III. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn phòng - Thống kê: Theo dõi, đôn đốc thực hiện Kế hoạch.\n");
    return s.toString();
  }
}
