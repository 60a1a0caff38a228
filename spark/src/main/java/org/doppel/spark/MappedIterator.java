package org.doppel.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Maps an iterator lazily, so a partition is processed one element at a time rather than held in a list. */
final class MappedIterator<A, B> implements Iterator<B> {
  private final Iterator<A> in;
  private final Function<A, B> map;

  MappedIterator(Iterator<A> in, Function<A, B> map) {
    this.in = in;
    this.map = map;
  }

  @Override
  public boolean hasNext() {
    return in.hasNext();
  }

  @Override
  public B next() {
    return map.apply(in.next());
  }
}
