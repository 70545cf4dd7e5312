package io.github.cchc.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's facts: a few names and values in the order the code declares them, held in two
 * arrays. A finding is made for every defect of every row, so its facts cost two small arrays
 * rather than a hash map; it reads and compares as any map.
 */
final class FactMap extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  FactMap(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return names.length;
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
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
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
        return names.length;
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> e = new SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return e;
          }
        };
      }
    };
  }
}
