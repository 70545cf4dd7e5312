package io.github.cchc.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The facts of one finding (các dữ kiện), each under its typed {@link Fact}, in the order the
 * message names them: {@code Facts.of(Fact.TASK, "57").and(Fact.DUE, due)}.
 *
 * <p>A builder for one finding: not thread-safe, and the finding keeps a copy.
 */
public final class Facts {
  private String[] names = new String[4];
  private Object[] values = new Object[4];
  private int size;

  private Facts() {}

  /**
   * Obtains no facts.
   *
   * @return empty facts, not null
   */
  public static Facts none() {
    return new Facts();
  }

  /**
   * Obtains the facts with a first one.
   *
   * @param <T> the type of the value
   * @param fact the fact, not null
   * @param value its value, of the fact's type, not null
   * @return the facts, not null
   */
  public static <T> Facts of(Fact<T> fact, T value) {
    return new Facts().and(fact, value);
  }

  /**
   * Adds a fact.
   *
   * @param <T> the type of the value
   * @param fact the fact, not null
   * @param value its value, of the fact's type, not null
   * @return these facts, not null
   * @throws io.github.cchc.model.CchcException if the fact is already given
   */
  public <T> Facts and(Fact<T> fact, T value) {
    Object checked = fact.require(value);
    if (indexOf(fact.name()) >= 0) {
      throw new io.github.cchc.model.CchcException("Fact \"" + fact.name() + "\" is given twice");
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = fact.name();
    values[size] = checked;
    size++;
    return this;
  }

  int size() {
    return size;
  }

  int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  Object value(int index) {
    return values[index];
  }

  /** The names given so far, for a message. */
  List<String> names() {
    return List.of(Arrays.copyOf(names, size));
  }
}
