package io.github.cchc.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.Plan;
import io.github.cchc.model.Scorecard;
import io.github.cchc.model.text.IsoTimes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes cchc's JSON format (định dạng JSON): plans, agency directories and scorecards
 * as versioned documents, and any single model value.
 *
 * <p>A document starts with {@code "format": "cchc.plan/2"} (or {@code cchc.directory/1},
 * {@code cchc.scorecard/2}); a document without it is read as version 1, a plan or scorecard of
 * the previous version ({@code cchc.plan/1}, {@code cchc.scorecard/1}) is read too, one with another value is refused. Properties are written in declaration order, dates in ISO-8601, absent optional values
 * omitted. Reading is strict: unknown properties, duplicate keys, wrong types, missing required
 * properties, trailing content and values the model rejects all throw {@link JsonFormatException}
 * naming the JSON Pointer; nothing is half-read. Read limits: nesting depth
 * {@value #MAX_NESTING_DEPTH}, strings of {@value #MAX_STRING_LENGTH} chars, numbers of
 * {@value #MAX_NUMBER_LENGTH} digits, documents of {@value #MAX_DOCUMENT_LENGTH} bytes. A UTF-8
 * byte-order mark is accepted. Every string is normalised to Unicode NFC as it is read.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CchcJson {
  /** The deepest nesting read; real plans nest under 20 levels. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** The longest string read, in chars; a whole plan section is under 100,000. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number read, in digits. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The largest document read, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The format tag of plan documents. */
  public static final String PLAN_FORMAT = "cchc.plan/2";
  /** The plan format before the reader's additions (dated measures and targets, funding figures, labels). */
  static final String PLAN_FORMAT_1 = "cchc.plan/1";
  /** The format tag of agency directory documents. */
  public static final String DIRECTORY_FORMAT = "cchc.directory/1";
  /** The format tag of scorecard documents. */
  public static final String SCORECARD_FORMAT = "cchc.scorecard/2";
  /** The previous format tag of scorecard documents, still read: version 2 added printed changes and a stated precision. */
  static final String SCORECARD_FORMAT_1 = "cchc.scorecard/1";

  private static final String FORMAT = "format";

  private static final JsonMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build())
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // Only the properties the model declares are JSON; helpers such as isLeaf() are not.
      .changeDefaultVisibility(v -> v.withGetterVisibility(JsonAutoDetect.Visibility.NONE)
          .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
          .withFieldVisibility(JsonAutoDetect.Visibility.NONE))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      // A value of the wrong type is an error, not something to coerce: 7 is no text, "true" no boolean.
      .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      // Dates are ISO-8601 strings; 7 is not the eighth of January 1970.
      .withCoercionConfig(LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Array, CoercionAction.Fail))
      .addModule(isoDates())
      .addModule(partiesFromTokens())
      // Numbers keep the precision they were printed with ("9.00"): scorecard checks compare at it.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
      .build();

  private CchcJson() {}

  /**
   * Parties read by {@link PartyTokens} on the streaming read, around Jackson's binding of them
   * (the immutable class's, not that of the bean it is bound through, a nested class).
   */
  private static tools.jackson.databind.module.SimpleModule partiesFromTokens() {
    return new tools.jackson.databind.module.SimpleModule("cchc-party-tokens").setDeserializerModifier(
        new tools.jackson.databind.deser.ValueDeserializerModifier() {
          @Override
          public tools.jackson.databind.ValueDeserializer<?> modifyDeserializer(tools.jackson.databind.DeserializationConfig config,
              tools.jackson.databind.BeanDescription.Supplier bean, tools.jackson.databind.ValueDeserializer<?> deserializer) {
            Class<?> c = bean.getBeanClass();
            return io.github.cchc.model.Party.class.isAssignableFrom(c) && !c.isMemberClass() ? new PartyTokens(deserializer)
                : deserializer;
          }
        });
  }

  /** Dates are read only as ISO-8601 strings; Jackson would otherwise also take [2024,1,1] or epoch days. */
  private static tools.jackson.databind.module.SimpleModule isoDates() {
    tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("cchc-iso-dates");
    module.addDeserializer(java.time.LocalDate.class, new IsoDate<>(java.time.LocalDate.class, IsoTimes::date));
    module.addDeserializer(java.time.YearMonth.class, new IsoDate<>(java.time.YearMonth.class, IsoTimes::month));
    module.addDeserializer(java.time.MonthDay.class, new IsoDate<>(java.time.MonthDay.class, java.time.MonthDay::parse));
    // Times are when dossiers moved, which the working calendar must be able to count.
    module.addDeserializer(java.time.LocalDateTime.class, new IsoDate<>(java.time.LocalDateTime.class, text -> {
      java.time.LocalDateTime time = IsoTimes.dateTime(text);
      if (time.getYear() < Plan.FIRST_YEAR.getValue() || time.getYear() > Plan.LAST_YEAR.getValue()) {
        throw new java.time.DateTimeException(text + " is outside " + Plan.FIRST_YEAR + " to " + Plan.LAST_YEAR);
      }
      return time;
    }));
    module.addDeserializer(java.time.Year.class, new tools.jackson.databind.ValueDeserializer<java.time.Year>() {
      @Override
      public java.time.Year deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
        if (p.currentToken() != tools.jackson.core.JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() != tools.jackson.core.JsonParser.NumberType.INT) {
          return ctxt.reportInputMismatch(java.time.Year.class, "a year is an integer such as 2024, was %s", p.currentToken());
        }
        int year = p.getIntValue();
        if (year < Plan.FIRST_YEAR.getValue() || year > Plan.LAST_YEAR.getValue()) {
          return ctxt.reportInputMismatch(java.time.Year.class, "year %s is outside %s to %s", year, Plan.FIRST_YEAR,
              Plan.LAST_YEAR);
        }
        return java.time.Year.of(year);
      }
    });
    return module;
  }

  private static final class IsoDate<T> extends tools.jackson.databind.ValueDeserializer<T> {
    private final Class<T> type;
    private final java.util.function.Function<String, T> parse;

    IsoDate(Class<T> type, java.util.function.Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
      if (p.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(type, "expected an ISO-8601 %s string, was %s", type.getSimpleName(), p.currentToken());
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (java.time.DateTimeException e) {
        return ctxt.reportInputMismatch(type, "\"%s\" is not an ISO-8601 %s", text.length() > 40 ? text.substring(0, 40) : text,
            type.getSimpleName());
      }
    }
  }

  /**
   * Reads a plan document.
   *
   * @param json the document, not null
   * @return the plan, not null
   * @throws JsonFormatException if the document is not a valid plan
   */
  public static Plan readPlan(String json) {
    return readDocument(json.getBytes(StandardCharsets.UTF_8), Plan.class, PLAN_FORMAT, PLAN_FORMAT_1);
  }

  /**
   * Reads a plan document from a stream, which is read to its end and not closed.
   *
   * @param in the UTF-8 document, not null
   * @return the plan, not null
   * @throws JsonFormatException if the document is not a valid plan
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Plan readPlan(InputStream in) {
    return readDocument(readAll(in), Plan.class, PLAN_FORMAT, PLAN_FORMAT_1);
  }

  /**
   * Reads a plan document from a file.
   *
   * @param file the UTF-8 file, not null
   * @return the plan, not null
   * @throws JsonFormatException if the document is not a valid plan
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Plan readPlan(Path file) {
    return readDocument(readAll(file), Plan.class, PLAN_FORMAT, PLAN_FORMAT_1);
  }

  /**
   * Writes a plan document.
   *
   * @param plan the plan, not null
   * @return the document, not null
   */
  public static String writePlan(Plan plan) {
    return writeDocument(plan, PLAN_FORMAT);
  }

  /**
   * Writes a plan document to a stream, byte for byte as {@link #writePlan(Plan)} writes it in
   * UTF-8, without holding the document: for plans too large to keep twice in memory. The stream is
   * flushed, not closed.
   *
   * @param plan the plan, not null
   * @param out where to write, not null
   * @throws JsonFormatException if the document would break a read limit (a text, a number, the
   *     nesting or the whole length), naming the value; what was written before is incomplete
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void writePlan(Plan plan, OutputStream out) {
    Objects.requireNonNull(plan, "plan");
    long[] written = {0};
    OutputStream counted = new java.io.FilterOutputStream(Objects.requireNonNull(out, "out")) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written[0] += len;
        if (written[0] > MAX_DOCUMENT_LENGTH) {
          throw new JsonFormatException(JsonFormatException.Problem.TOO_LARGE, "", "", Long.toString(MAX_DOCUMENT_LENGTH),
              0, 0, 0, null);
        }
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    try (JsonGenerator g = new DocumentGenerator(MAPPER.writer().createGenerator(counted), PLAN_FORMAT)) {
      MAPPER.writer().writeValue(g, plan);
    } catch (JacksonException e) {
      if (e.getCause() instanceof JsonFormatException f) {
        throw f;
      }
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  /**
   * Reads an agency directory document.
   *
   * @param json the document, not null
   * @return the directory, not null
   * @throws JsonFormatException if the document is not a valid directory
   */
  public static AgencyDirectory readDirectory(String json) {
    return readDocument(json.getBytes(StandardCharsets.UTF_8), AgencyDirectory.class, DIRECTORY_FORMAT);
  }

  /**
   * Reads an agency directory document from a file.
   *
   * @param file the UTF-8 file, not null
   * @return the directory, not null
   * @throws JsonFormatException if the document is not a valid directory
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AgencyDirectory readDirectory(Path file) {
    return readDocument(readAll(file), AgencyDirectory.class, DIRECTORY_FORMAT);
  }

  /**
   * Writes an agency directory document.
   *
   * @param directory the directory, not null
   * @return the document, not null
   */
  public static String writeDirectory(AgencyDirectory directory) {
    return writeDocument(directory, DIRECTORY_FORMAT);
  }

  /**
   * Reads a scorecard document.
   *
   * @param json the document, not null
   * @return the scorecard, not null
   * @throws JsonFormatException if the document is not a valid scorecard
   */
  public static Scorecard readScorecard(String json) {
    return readDocument(json.getBytes(StandardCharsets.UTF_8), Scorecard.class, SCORECARD_FORMAT, SCORECARD_FORMAT_1);
  }

  /**
   * Reads a scorecard document from a file.
   *
   * @param file the UTF-8 file, not null
   * @return the scorecard, not null
   * @throws JsonFormatException if the document is not a valid scorecard
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scorecard readScorecard(Path file) {
    return readDocument(readAll(file), Scorecard.class, SCORECARD_FORMAT, SCORECARD_FORMAT_1);
  }

  /**
   * Writes a scorecard document.
   *
   * @param scorecard the scorecard, not null
   * @return the document, not null
   */
  public static String writeScorecard(Scorecard scorecard) {
    return writeDocument(scorecard, SCORECARD_FORMAT);
  }

  /**
   * Reads a single model value (a task, a target, a timeframe …) without a format tag.
   *
   * @param <T> the model type
   * @param json the JSON, not null
   * @param type the model type, not null
   * @return the value, not null
   * @throws JsonFormatException if the JSON is not a valid value of the type
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return bind(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a single model value without a format tag from a file.
   *
   * @param <T> the model type
   * @param file the UTF-8 file, not null
   * @param type the model type, not null
   * @return the value, not null
   * @throws JsonFormatException if the JSON is not a valid value of the type
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return bind(readAll(file), type);
  }

  /**
   * Reads a JSON document into a tree, with the limits, strictness and Unicode NFC of every cchc
   * document: for readers of other cchc documents (the reports of {@code cchc-rules}) that bind
   * the tree themselves.
   *
   * @param json the JSON, not null
   * @return the tree, not null
   * @throws JsonFormatException if the text is not JSON within the limits
   */
  public static JsonNode readTree(String json) {
    return parseTree(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a JSON document from a file into a tree, with the limits, strictness and Unicode NFC of
   * every cchc document: to tell which document a file holds by its {@code format} before reading it.
   *
   * @param file the UTF-8 file, not null
   * @return the tree, not null
   * @throws JsonFormatException if the text is not JSON within the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JsonNode readTree(Path file) {
    return parseTree(readAll(file));
  }

  /**
   * Writes a tree as cchc writes documents: indented, numbers plain.
   *
   * @param tree the tree, not null
   * @return the JSON, not null
   */
  public static String writeTree(JsonNode tree) {
    return MAPPER.writeValueAsString(Objects.requireNonNull(tree, "tree"));
  }

  /**
   * Converts a model value to a tree, as {@link #write(Object)} would write it.
   *
   * @param value the value, not null
   * @return the tree, not null
   */
  public static JsonNode toTree(Object value) {
    requireValue(Objects.requireNonNull(value, "value"));
    return MAPPER.valueToTree(value);
  }

  /**
   * Binds a tree to a model value, as {@link #read(String, Class)} would read it.
   *
   * @param <T> the model type
   * @param tree the tree, not null
   * @param type the model type, not null
   * @return the value, not null
   * @throws JsonFormatException if the tree is not a valid value of the type; its pointer is
   *     relative to the tree
   */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    return convert(Objects.requireNonNull(tree, "tree"), Objects.requireNonNull(type, "type"));
  }

  /**
   * Writes a single model value without a format tag.
   *
   * @param value the value, not null
   * @return the JSON, not null
   * @throws IllegalArgumentException if the value is not one of cchc's (a host's own type would
   *     come out as an empty object)
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    requireValue(value);
    return readable(MAPPER.writeValueAsString(value), value);
  }

  /**
   * Writes a single model value on one line, for JSON lines.
   *
   * @param value the value, not null
   * @return the JSON, without line breaks, not null
   * @throws IllegalArgumentException if the value is not one of cchc's
   */
  public static String writeLine(Object value) {
    Objects.requireNonNull(value, "value");
    requireValue(value);
    return readable(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value), value);
  }

  /**
   * Reads values of a model type from JSON lines in UTF-8 bytes (one JSON object per line, blank
   * lines skipped), lazily and in bounded memory, as {@link #readLines(java.io.Reader, Class)}
   * does. Each line is decoded on its own, so bytes that are not UTF-8 are named by their line and
   * column, which a decoding reader, decoding ahead in blocks, cannot tell.
   *
   * @param <T> the model type
   * @param in the lines, UTF-8 bytes, not null; closed when the stream is
   * @param type the model type, not null
   * @return the values in order, not null
   * @throws JsonFormatException from the stream's operations, when a line is not UTF-8 or not a
   *     valid value, or longer than {@link #MAX_DOCUMENT_LENGTH} bytes; the message names the line
   */
  public static <T> java.util.stream.Stream<T> readLines(java.io.InputStream in, Class<T> type) {
    Objects.requireNonNull(type, "type");
    java.io.InputStream bytes = in instanceof java.io.BufferedInputStream b ? b : new java.io.BufferedInputStream(in, 65536);
    long[] number = {0};
    java.util.Iterator<byte[]> lines = new java.util.Iterator<>() {
      private byte[] next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = readLine();
        }
        return next != null;
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        byte[] line = next;
        next = null;
        return line;
      }

      private byte[] readLine() {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);
        try {
          int b = bytes.read();
          if (b < 0) {
            return null;
          }
          number[0]++;
          while (b >= 0 && b != '\n') {
            if (line.size() >= MAX_DOCUMENT_LENGTH) {
              throw new JsonFormatException(JsonFormatException.Problem.TOO_LARGE, "", "",
                  Long.toString(MAX_DOCUMENT_LENGTH), number[0], 0, 0, null);
            }
            line.write(b);
            b = bytes.read();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return line.toByteArray();
      }
    };
    return values(lines, number, bytes, type);
  }

  /** The values of JSON lines, each line parsed as it is reached; a failure names the line the counter is at. */
  private static <T> java.util.stream.Stream<T> values(java.util.Iterator<byte[]> lines, long[] number,
      java.io.Closeable source, Class<T> type) {
    return java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(lines, java.util.Spliterator.ORDERED), false)
        .filter(line -> !blank(line))
        .map(line -> {
          try {
            return bind(line, type);
          } catch (JsonFormatException e) {
            throw e.onLine(number[0]);
          }
        })
        .onClose(() -> {
          try {
            source.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads values of a model type from JSON lines (one JSON object per line, blank lines skipped),
   * lazily: each line is read when the stream reaches it, so files of any length stream in bounded
   * memory. The stream must be closed to close the reader; it numbers lines as it reads them, so
   * consume it in order (a parallel stream would misnumber the lines errors name).
   *
   * @param <T> the model type
   * @param in the lines, UTF-8 text, not null
   * @param type the model type, not null
   * @return the values in order, not null
   * @throws JsonFormatException from the stream's operations, when a line is not a valid value; the
   *     message names the line number, the pointer names the property
   */
  public static <T> java.util.stream.Stream<T> readLines(java.io.Reader in, Class<T> type) {
    Objects.requireNonNull(type, "type");
    java.io.BufferedReader reader = in instanceof java.io.BufferedReader b ? b : new java.io.BufferedReader(in);
    long[] number = {0};
    java.util.Iterator<String> lines = reader.lines().iterator();
    // The reader decodes as it goes: bytes that are no UTF-8 fail while a line is fetched, and that line is named.
    java.util.Iterator<byte[]> counted = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return lines.hasNext();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            throw new JsonFormatException(JsonFormatException.Problem.NOT_UTF8, "", "", "", number[0] + 1, 0, 0, e);
          }
          throw e;
        }
      }

      @Override
      public byte[] next() {
        String line = lines.next();
        number[0]++;
        return line.getBytes(StandardCharsets.UTF_8);
      }
    };
    return values(counted, number, reader, type);
  }

  /**
   * Gets the JSON Schema (draft 2020-12) of the three documents, as shipped in this module.
   *
   * @return the schema text, not null
   */
  public static String schema() {
    try (InputStream in = CchcJson.class.getResourceAsStream("cchc.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("cchc-model is missing its resource cchc.schema.json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ for the Jackson modules

  /**
   * Whether a class is one of cchc's JSON values, which the modules give their shapes: an enum or
   * a type that declares its Jackson binding (or extends one that does), in one of cchc's packages.
   * A host's own types, strings and collections are never cchc's.
   */
  static boolean isValueType(Class<?> type) {
    if (!type.getName().startsWith("io.github.cchc.")) {
      return false;
    }
    if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
      return true;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(tools.jackson.databind.annotation.JsonSerialize.class)
          || c.isAnnotationPresent(tools.jackson.databind.annotation.JsonDeserialize.class)) {
        return true;
      }
    }
    return false;
  }

  /** A value as the entry points write it, on one line: a plan, directory or scorecard as its tagged document. */
  static String writeValue(Object value) {
    if (value instanceof Plan p) {
      return readable(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tagged(p, PLAN_FORMAT)), p);
    }
    if (value instanceof AgencyDirectory d) {
      return readable(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tagged(d, DIRECTORY_FORMAT)), d);
    }
    if (value instanceof Scorecard c) {
      return readable(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tagged(c, SCORECARD_FORMAT)), c);
    }
    return writeLine(value);
  }

  /** A value as the entry points read it, from UTF-8 bytes: a plan, directory or scorecard as its document, its tag optional. */
  static <T> T readValue(byte[] json, Class<T> type) {
    if (Plan.class.isAssignableFrom(type)) {
      return type.cast(readDocument(json, Plan.class, PLAN_FORMAT, PLAN_FORMAT_1));
    }
    if (AgencyDirectory.class.isAssignableFrom(type)) {
      return type.cast(readDocument(json, AgencyDirectory.class, DIRECTORY_FORMAT));
    }
    if (Scorecard.class.isAssignableFrom(type)) {
      return type.cast(readDocument(json, Scorecard.class, SCORECARD_FORMAT, SCORECARD_FORMAT_1));
    }
    return bind(json, type);
  }

  /** The tree path alone, which refused documents take for their errors: for the test that holds the paths together. */
  static <T> T readAsTree(byte[] json, Class<T> type, String format, String... olderFormats) {
    return format == null ? convert(parseTree(json), type) : readDocumentAsTree(json, type, format, olderFormats);
  }

  /** A value without a tag: streamed, or, when refused, read again as a tree for the error. */
  private static <T> T bind(byte[] json, Class<T> type) {
    T value = streamed(json, type, null);
    return value != null ? value : convert(parseTree(json), type);
  }

  /** Jackson's factory of the format's parsers and generators, for the modules to copy tokens through. */
  static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * A value the entry points write must be cchc's, or JSON's own (text, numbers, dates, lists and
   * maps of them): any other object would come out as an empty object.
   */
  private static void requireValue(Object value) {
    if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
      return;
    }
    if (value instanceof java.util.Map<?, ?> m) {
      m.values().forEach(CchcJson::requireValue);
    } else if (value instanceof java.util.Collection<?> c) {
      c.forEach(CchcJson::requireValue);
    } else if (value instanceof Object[] a) {
      for (Object e : a) {
        requireValue(e);
      }
    } else if (value instanceof java.util.Optional<?> o) {
      o.ifPresent(CchcJson::requireValue);
    } else if (!(value instanceof JsonNode) && !isValueType(value.getClass())) {
      throw new IllegalArgumentException(value.getClass().getName() + " is not a cchc value; CchcJson writes cchc's"
          + " values only: write your own types with your mapper and cchc's Jackson module (CchcModule)");
    }
  }

  private static <T> T readDocument(byte[] json, Class<T> type, String format, String... olderFormats) {
    T value = streamed(json, type, format, olderFormats);
    return value != null ? value : readDocumentAsTree(json, type, format, olderFormats);
  }

  /**
   * Reads a value straight from the parser, each string normalised to NFC as it passes, with no
   * tree: the path of every valid document. A document with a tag reads as one whose first
   * property is its tag (as cchc writes it). Anything else (a refused document, a tag elsewhere)
   * gives null, and the caller reads it again as a tree, whose errors name the value and its place:
   * a refusal costs a second parse, which the same limits bound.
   *
   * @param format the tag a document must carry, null for a value without one
   * @return the value, null when this path cannot read it
   */
  static <T> T streamed(byte[] json, Class<T> type, String format, String... olderFormats) {
    int start = hasBom(json) ? 3 : 0;
    JsonParser names = new UniqueNamesParser(STREAMING.createParser(json, start, json.length - start));
    try (JsonParser parser = plainlyNfc(json, start) ? names : new NfcParser(names)) {
      if (format != null) {
        if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT
            || parser.nextToken() != tools.jackson.core.JsonToken.PROPERTY_NAME || !FORMAT.equals(parser.currentName())
            || parser.nextToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
          return null;
        }
        String tag = parser.getString();
        if (!tag.equals(format) && !java.util.Arrays.asList(olderFormats).contains(tag)) {
          return null;
        }
        // The binding starts at the next property (or the object's end), as it would inside an object.
        parser.nextToken();
      }
      return STREAMING.forType(type).readValue(parser);
    } catch (JacksonException | CchcException e) {
      return null;
    }
  }

  /**
   * The mapper as the streaming read uses it: the attribute under {@code Timeframe.class} lets the
   * timeframe reader read from the tokens rather than from a small tree, as it may only where a
   * refused document is read again by the tree path, whose messages it then gives; {@link PartyTokens}
   * reads parties from the tokens under the same attribute. Its parsers leave repeated names to
   * {@link UniqueNamesParser}.
   */
  private static final tools.jackson.databind.ObjectReader STREAMING = MAPPER.reader()
      .withAttribute(io.github.cchc.model.Timeframe.class, Boolean.TRUE)
      .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  /**
   * Whether every string a document can hold is already in NFC, told from its bytes at once: UTF-8
   * of {@linkplain io.github.cchc.model.text.Folding#isInert inert} chars only, and no {@code \\u}
   * escape, which could spell any char. Such a document needs no normalising parser; nearly every
   * Vietnamese document is one. Bytes that are not UTF-8 may be told either way: the parser refuses
   * them whichever parser reads them.
   */
  static boolean plainlyNfc(byte[] json, int start) {
    int i = start;
    int n = json.length;
    while (i < n) {
      // Runs of ASCII (indentation, names, numbers: nine bytes in ten of a plan) sixteen bytes a step,
      // leaving at least one byte for the steps below.
      while (i + 16 < n) {
        long first = (long) LONGS.get(json, i);
        long second = (long) LONGS.get(json, i + 8);
        if (((first | second) & HIGH) != 0 || (backslashes(first) | backslashes(second)) != 0) {
          break;
        }
        i += 16;
      }
      if (i + 8 <= n) {
        long stops = stops((long) LONGS.get(json, i));
        if (stops == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(stops) >>> 3;
      }
      int b = json[i] & 0xFF;
      if (b < 0x80) {
        if (b == '\\' && i + 1 < n && json[i + 1] == 'u') {
          return false;
        }
        i++;
      } else if (b < 0xC0) {
        // A continuation: of a lead an eight-byte word passed (only the last few bytes are read one
        // by one), or of none, which the parser refuses.
        i++;
      } else if (b >= 0xC2 && b <= 0xCB) {
        // U+0080 to U+02FF, all inert: Latin letters with their marks, đ, ơ, ư. A broken sequence
        // is refused by the parser whatever this says.
        i += 2;
      } else if (b == 0xE1 && i + 1 < n && (json[i + 1] & 0xFF) >= 0xB8 && (json[i + 1] & 0xFF) <= 0xBB) {
        // U+1E00 to U+1EFF, precomposed Vietnamese.
        i += 3;
      } else if (b >= 0xCC && b <= 0xDF && i + 1 < n && continues(json[i + 1])) {
        if (!io.github.cchc.model.text.Folding.isInert((char) ((b & 0x1F) << 6 | json[i + 1] & 0x3F))) {
          return false;
        }
        i += 2;
      } else if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < n && continues(json[i + 1])
          && continues(json[i + 2])) {
        // E0 (below U+1000: no inert char, or an overlong form) and ED (surrogates) say no.
        if (!io.github.cchc.model.text.Folding.isInert((char) ((b & 0x0F) << 12 | (json[i + 1] & 0x3F) << 6
            | json[i + 2] & 0x3F))) {
          return false;
        }
        i += 3;
      } else {
        return false;
      }
    }
    return true;
  }

  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The bytes of an eight-byte word (little-endian) that need a look one by one, as the high bit of
   * each: backslashes, and bytes above ASCII but those of Vietnamese letters: continuations, the
   * leads C2 to CB (U+0080 to U+02FF), and E1 followed in the same word by B8 to BB (U+1E00 to
   * U+1EFF). A word of ASCII needs only the backslash test; any other is told without a branch, as
   * ASCII and those letters alternate in Vietnamese prose with no pattern a processor could predict.
   * Each byte's bit is exact, so the lowest is where to look.
   */
  static long stops(long word) {
    long backslashes = backslashes(word);
    long high = word & HIGH;
    if (high == 0) {
      // Indentation, names and numbers, which come in runs of such words: only backslashes to tell.
      return backslashes;
    }
    long shifted = word << 1;
    long lead = high & shifted;
    long continuation = high & ~shifted;
    // The low six bits of each byte: each sum below stays within its byte, whose high bit is its test.
    long low6 = word & 0x3F3F3F3F3F3F3F3FL;
    // Among leads, C2 to CB have 2 to 11 there, and E1 has 0x21; B8 to BB are continuations with 0x38 to 0x3B.
    long twoByteLetter = (low6 + 0x7E7E7E7E7E7E7E7EL) & ~(low6 + 0x7474747474747474L);
    long vietnameseSecond = continuation & ~((low6 & 0x3C3C3C3C3C3C3C3CL ^ 0x3838383838383838L) + LOW7);
    long vietnameseLetter = vietnameseSecond >>> 8 & ~((low6 ^ 0x2121212121212121L) + LOW7);
    return lead & ~(twoByteLetter | vietnameseLetter) | backslashes;
  }

  private static long backslashes(long word) {
    return zeroBytes(word ^ 0x5C5C5C5C5C5C5C5CL);
  }

  /** The zero bytes of a word, as the high bit of each: exact for every byte, no borrow between them. */
  private static long zeroBytes(long word) {
    return ~((word & LOW7) + LOW7 | word) & HIGH;
  }

  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static <T> T readDocumentAsTree(byte[] json, Class<T> type, String format, String... olderFormats) {
    JsonNode tree = parseTree(json);
    if (!tree.isObject()) {
      throw new JsonFormatException(JsonFormatException.Problem.WRONG_TYPE, "", JsonErrors.show(tree), "type.object", 0, 0, 0,
          null);
    }
    ObjectNode object = (ObjectNode) tree;
    JsonNode tag = object.remove(FORMAT);
    if (tag != null && !(tag.isString() && (tag.stringValue().equals(format)
        || java.util.Arrays.asList(olderFormats).contains(tag.stringValue())))) {
      throw new JsonFormatException(JsonFormatException.Problem.WRONG_FORMAT, "/" + FORMAT, JsonErrors.show(tag), format, 0, 0,
          0, null);
    }
    return convert(object, type);
  }

  private static String writeDocument(Object value, String format) {
    ObjectNode document = tagged(value, format);
    return readable(MAPPER.writeValueAsString(document), document);
  }

  private static ObjectNode tagged(Object value, String format) {
    ObjectNode body = MAPPER.valueToTree(value);
    ObjectNode document = MAPPER.createObjectNode();
    document.put(FORMAT, format);
    document.setAll(body);
    return document;
  }

  /**
   * What cchc writes it must read back: a document beyond the read limits is refused here, naming
   * the value and the limit, rather than written for the reader to refuse. One pass over the text
   * settles nearly every document; only one that breaks a limit is walked as a tree for the pointer.
   */
  private static String readable(String json, Object value) {
    int depth = 0;
    int deepest = 0;
    int run = 0;
    int longest = 0;
    int digits = 0;
    int longestNumber = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
          run++;
        } else if (c == '"') {
          inString = false;
          longest = Math.max(longest, run);
        } else {
          run++;
        }
      } else if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
        longestNumber = Math.max(longestNumber, ++digits);
        continue;
      } else if (c == '"') {
        inString = true;
        run = 0;
      } else if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
      digits = 0;
    }
    if (deepest > MAX_NESTING_DEPTH || longest > MAX_STRING_LENGTH || longestNumber > MAX_NUMBER_LENGTH) {
      JsonNode tree = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
      beyondLimits(tree, "", 1);
    }
    if ((long) json.length() * 3 > MAX_DOCUMENT_LENGTH && json.getBytes(StandardCharsets.UTF_8).length > MAX_DOCUMENT_LENGTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_LARGE, "", "", Long.toString(MAX_DOCUMENT_LENGTH), 0, 0, 0,
          null);
    }
    return json;
  }

  private static void beyondLimits(JsonNode node, String pointer, int depth) {
    if ((node.isObject() || node.isArray()) && depth > MAX_NESTING_DEPTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_DEEP, pointer, "", Long.toString(MAX_NESTING_DEPTH), 0, 0,
          0, null);
    }
    if (node.isNumber() && node.asString().length() > MAX_NUMBER_LENGTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_LONG_NUMBER, pointer, JsonErrors.show(node),
          Long.toString(MAX_NUMBER_LENGTH), 0, 0, 0, null);
    }
    if (node.isString() && node.stringValue().length() > MAX_STRING_LENGTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_LONG_TEXT, pointer, JsonErrors.show(node),
          Long.toString(MAX_STRING_LENGTH), 0, 0, 0, null);
    }
    if (node.isObject()) {
      for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
        beyondLimits(e.getValue(), pointer + "/" + JsonErrors.escape(e.getKey()), depth + 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        beyondLimits(node.get(i), pointer + "/" + i, depth + 1);
      }
    }
  }

  private static JsonNode parseTree(byte[] json) {
    int start = hasBom(json) ? 3 : 0;
    if (json.length - start == 0) {
      throw new JsonFormatException(JsonFormatException.Problem.EMPTY, "", "", "", 0, 0, 0, null);
    }
    // The parser is held here because a constraint's exception does not carry it, and its context is the pointer.
    try (JsonParser parser = MAPPER.createParser(json, start, json.length - start)) {
      JsonNode tree;
      try {
        tree = MAPPER.readTree(parser);
      } catch (JacksonException e) {
        throw JsonErrors.parsing(e, parser);
      }
      if (tree == null || tree.isMissingNode()) {
        throw new JsonFormatException(JsonFormatException.Problem.EMPTY, "", "", "", 0, 0, 0, null);
      }
      return nfc(tree);
    } catch (JacksonException e) {
      throw JsonErrors.parsing(e, null);
    }
  }

  /** Text is normalised to Unicode NFC on input, so that composed and decomposed Vietnamese compare equal. */
  private static JsonNode nfc(JsonNode node) {
    if (node.isString()) {
      String s = node.stringValue();
      String normal = io.github.cchc.model.text.Folding.nfc(s);
      return normal == s ? node : MAPPER.getNodeFactory().stringNode(normal);
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode child = object.get(name);
        JsonNode normal = nfc(child);
        if (normal != child) {
          object.set(name, normal);
        }
      }
    } else if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode array = (tools.jackson.databind.node.ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        JsonNode normal = nfc(child);
        if (normal != child) {
          array.set(i, normal);
        }
      }
    }
    return node;
  }

  private static <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw JsonErrors.binding(e, tree);
    } catch (CchcException e) {
      throw JsonErrors.model(e, "", e);
    }
  }

  private static boolean hasBom(byte[] json) {
    return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF;
  }

  /**
   * The whole stream, refused past the document limit. A stream that knows how much it holds (an
   * array's, a file's) is read into one array of that size: {@code readNBytes} reads any stream in
   * pieces of 8 KiB and copies them all once more at the end.
   */
  private static byte[] readAll(InputStream in) {
    // One byte past the limit tells a document that is too long.
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_LENGTH + 1);
    try {
      byte[] bytes = new byte[Math.min(limit, Math.max(in.available(), 8192))];
      int n = 0;
      while (true) {
        if (n == bytes.length) {
          int next = n < limit ? in.read() : -1;
          if (next < 0) {
            break;
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * n));
          bytes[n++] = (byte) next;
        }
        int read = in.read(bytes, n, bytes.length - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
      if (n > MAX_DOCUMENT_LENGTH) {
        throw new JsonFormatException(JsonFormatException.Problem.TOO_LARGE, "", "", Long.toString(MAX_DOCUMENT_LENGTH), 0, 0, 0,
            null);
      }
      return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
