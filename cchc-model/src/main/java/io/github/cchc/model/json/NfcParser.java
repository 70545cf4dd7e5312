package io.github.cchc.model.json;

import io.github.cchc.model.text.Folding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser whose string values come out in Unicode NFC, as the tree reader normalises them, so that
 * composed and decomposed Vietnamese compare equal; property names pass as they are, as there. Text
 * already in NFC (nearly all of it) is tested and passed on, not copied.
 */
final class NfcParser extends JsonParserDelegate {
  NfcParser(JsonParser parser) {
    super(parser);
  }

  private boolean isValue() {
    return delegate.currentToken() == JsonToken.VALUE_STRING;
  }

  @Override
  public String getString() {
    String s = delegate.getString();
    return s != null && isValue() ? Folding.nfc(s) : s;
  }

  @Override
  public boolean hasStringCharacters() {
    return !isValue() && delegate.hasStringCharacters();
  }

  @Override
  public char[] getStringCharacters() {
    return isValue() ? getString().toCharArray() : delegate.getStringCharacters();
  }

  @Override
  public int getStringLength() {
    return isValue() ? getString().length() : delegate.getStringLength();
  }

  @Override
  public int getStringOffset() {
    return isValue() ? 0 : delegate.getStringOffset();
  }

  @Override
  public int getString(Writer writer) {
    if (!isValue()) {
      return delegate.getString(writer);
    }
    String s = getString();
    try {
      writer.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.length();
  }

  @Override
  public String getValueAsString() {
    return isValue() ? getString() : delegate.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) {
    return isValue() ? getString() : delegate.getValueAsString(defaultValue);
  }
}
