/**
 * Reverses `items[from..]` in place: explicit-stack tree walks push a node's children
 * first-to-last, then reverse them so that they pop in document order.
 *
 * @internal
 */
export function reverseFrom<T>(items: T[], from: number): void {
  for (let i = from, j = items.length - 1; i < j; i++, j--) {
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
}
