/**
 * The one-to-one pairing of rows with columns of a weight table that has the largest total weight
 * (the assignment problem), by the Hungarian method with row and column potentials: O(n² m) for n
 * rows and m columns, n <= m (the table is transposed otherwise).
 */

/** Row-column pairs of the heaviest assignment, sorted by row; pairs of weight 0 or less are left out. */
export function maxWeightMatching(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || cols === 0) return [];
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j]!));
    return maxWeightMatching(transposed)
      .map(([j, i]): [number, number] => [i, j])
      .sort((a, b) => a[0] - b[0]);
  }
  // Minimising the negated weights; index 0 of the potentials and of `rowOf` is the method's sentinel.
  const cost = (i: number, j: number) => -weights[i - 1]![j - 1]!;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const rowOf = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    rowOf[0] = i;
    let col = 0;
    const minSlack = new Array<number>(cols + 1).fill(Infinity);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[col] = true;
      const row = rowOf[col]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const slack = cost(row, j) - u[row]! - v[j]!;
        if (slack < minSlack[j]!) {
          minSlack[j] = slack;
          way[j] = col;
        }
        if (minSlack[j]! < delta) {
          delta = minSlack[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOf[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minSlack[j]! -= delta;
        }
      }
      col = next;
    } while (rowOf[col] !== 0);
    // Flip the augmenting path back to the start.
    do {
      const previous = way[col]!;
      rowOf[col] = rowOf[previous]!;
      col = previous;
    } while (col !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= cols; j++) {
    const i = rowOf[j]!;
    if (i !== 0 && weights[i - 1]![j - 1]! > 0) pairs.push([i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
