package io.github.cchc.model.json;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that refuses a property name repeated in one object, as Jackson's strict duplicate
 * detection does (so the parser under it is made without), at less cost: Jackson's detector makes
 * a hash set for every object of three properties or more, about a tenth of the time and of the
 * allocation of reading a plan of many rows. Here the names of the objects open at a time share
 * one array and are told apart by their hash codes (cached in the parser's canonical names), and a
 * name is looked for among them only when its hash code's bit is set in its object's mask; an
 * object whose names outgrow {@link #FEW} gets a set of its own, so that no document costs the
 * square of its names. Every token passes through {@link #observe}: each method that moves the
 * parser on is overridden, or reaches the delegate only through {@link #nextToken}.
 */
final class UniqueNamesParser extends JsonParserDelegate {
  /** The most names of one object compared one by one. */
  private static final int FEW = 16;

  // Small to start with, as a JSON line of one dossier is read by a parser of its own.
  private String[] names = new String[16];
  private int[] hashes = new int[16];
  private int count;
  /** Where the names of each open object start, the innermost last. */
  private int[] starts = new int[8];
  /** Of each open object, the bits its names' hash codes pick out of 64: a name whose bit is clear is new. */
  private long[] masks = new long[8];
  /** The set of each open object past {@link #FEW} names, null for the others. */
  private Set<?>[] sets = new Set<?>[8];
  private int depth;

  UniqueNamesParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = delegate.nextToken();
    observe(t);
    return t;
  }

  @Override
  public JsonToken nextValue() {
    JsonToken t = nextToken();
    return t == JsonToken.PROPERTY_NAME ? nextToken() : t;
  }

  @Override
  public String nextName() {
    String name = delegate.nextName();
    observe(delegate.currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    boolean matched = delegate.nextName(expected);
    observe(delegate.currentToken());
    return matched;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = delegate.nextNameMatch(matcher);
    observe(delegate.currentToken());
    return match;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken t = delegate.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      // Token by token, so that the names inside what is skipped are checked too.
      int open = 1;
      while (open > 0) {
        t = nextToken();
        if (t == null) {
          break;
        }
        if (t.isStructStart()) {
          open++;
        } else if (t.isStructEnd()) {
          open--;
        }
      }
    }
    return this;
  }

  private void observe(JsonToken t) {
    if (t == JsonToken.PROPERTY_NAME) {
      add(delegate.currentName());
    } else if (t == JsonToken.START_OBJECT) {
      open();
    } else if (t == JsonToken.END_OBJECT && depth > 0) {
      depth--;
      count = starts[depth];
      sets[depth] = null;
    }
  }

  private void open() {
    if (depth == starts.length) {
      starts = java.util.Arrays.copyOf(starts, depth * 2);
      masks = java.util.Arrays.copyOf(masks, depth * 2);
      sets = java.util.Arrays.copyOf(sets, depth * 2);
    }
    masks[depth] = 0;
    starts[depth++] = count;
  }

  private void add(String name) {
    if (depth == 0) {
      return;
    }
    int top = depth - 1;
    int start = starts[top];
    @SuppressWarnings("unchecked")
    Set<String> set = (Set<String>) sets[top];
    if (set != null) {
      if (!set.add(name)) {
        throw repeated(name);
      }
      return;
    }
    int hash = name.hashCode();
    long bit = 1L << hash;
    if ((masks[top] & bit) != 0) {
      for (int i = start; i < count; i++) {
        if (hashes[i] == hash && names[i].equals(name)) {
          throw repeated(name);
        }
      }
    }
    masks[top] |= bit;
    if (count - start == FEW) {
      Set<String> all = new HashSet<>();
      for (int i = start; i < count; i++) {
        all.add(names[i]);
      }
      all.add(name);
      sets[top] = all;
      return;
    }
    if (count == names.length) {
      names = java.util.Arrays.copyOf(names, count * 2);
      hashes = java.util.Arrays.copyOf(hashes, count * 2);
    }
    names[count] = name;
    hashes[count] = hash;
    count++;
  }

  private StreamReadException repeated(String name) {
    return new StreamReadException(delegate, "Duplicate Object property \"" + name + "\"");
  }
}
