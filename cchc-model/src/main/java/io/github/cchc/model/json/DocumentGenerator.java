package io.github.cchc.model.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * A generator that writes a document as {@link CchcJson} writes it, without holding it: the format
 * tag first in the top-level object, and every read limit kept as the values pass, so that what is
 * written can be read back; a value beyond a limit fails with its JSON Pointer, as the text check
 * of the in-memory writer does.
 */
final class DocumentGenerator extends JsonGeneratorDelegate {
  private final String tag;
  private boolean tagged;

  DocumentGenerator(JsonGenerator generator, String tag) {
    super(generator, true);
    this.tag = tag;
  }

  private void opened() {
    if (delegate.streamWriteContext().getNestingDepth() > CchcJson.MAX_NESTING_DEPTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_DEEP, pointer(), "",
          Long.toString(CchcJson.MAX_NESTING_DEPTH), 0, 0, 0, null);
    }
    if (!tagged && tag != null) {
      tagged = true;
      delegate.writeName("format");
      delegate.writeString(tag);
    }
  }

  /** The pointer of the value about to be written, or of the container just opened. */
  private String pointer() {
    return delegate.streamWriteContext().pathAsPointer().toString();
  }

  @Override
  public JsonGenerator writeStartObject() {
    delegate.writeStartObject();
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeStartObject(Object currentValue) {
    delegate.writeStartObject(currentValue);
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeStartObject(Object currentValue, int size) {
    delegate.writeStartObject(currentValue, size);
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray() {
    delegate.writeStartArray();
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray(Object currentValue) {
    delegate.writeStartArray(currentValue);
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray(Object currentValue, int size) {
    delegate.writeStartArray(currentValue, size);
    opened();
    return this;
  }

  @Override
  public JsonGenerator writeString(String text) {
    if (text != null && text.length() > CchcJson.MAX_STRING_LENGTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_LONG_TEXT, next(),
          JsonErrors.show(CchcJson.mapper().getNodeFactory().stringNode(text)), Long.toString(CchcJson.MAX_STRING_LENGTH),
          0, 0, 0, null);
    }
    delegate.writeString(text);
    return this;
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal value) {
    if (value != null && value.toPlainString().length() > CchcJson.MAX_NUMBER_LENGTH) {
      throw new JsonFormatException(JsonFormatException.Problem.TOO_LONG_NUMBER, next(),
          JsonErrors.show(CchcJson.mapper().getNodeFactory().numberNode(value)), Long.toString(CchcJson.MAX_NUMBER_LENGTH),
          0, 0, 0, null);
    }
    delegate.writeNumber(value);
    return this;
  }

  /** The pointer of the scalar about to be written: the property named, or the array's next index. */
  private String next() {
    var context = delegate.streamWriteContext();
    if (!context.inArray()) {
      return context.pathAsPointer().toString();
    }
    // An array's context stands at the last entry written; the next is the one after it.
    String array = context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
    return array + "/" + (context.getCurrentIndex() + 1);
  }
}
