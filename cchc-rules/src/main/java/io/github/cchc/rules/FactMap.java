package io.github.cchc.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's facts: the code's declared facts, shared by all its findings, and one small array
 * of values in that order. A finding is made for every defect of every row, so its facts cost an
 * array rather than a hash map; it reads and compares as any map.
 */
final class FactMap extends AbstractMap<String, Object> {
  private final List<Fact<?>> names;
  private final Object[] values;

  FactMap(List<Fact<?>> names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return names.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).name().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.size();
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= names.size()) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> e = new SimpleImmutableEntry<>(names.get(next).name(), values[next]);
            next++;
            return e;
          }
        };
      }
    };
  }
}
