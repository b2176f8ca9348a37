/** The items in runs of `size` (the last one shorter), for work done a run at a time (a read ahead). */
export function* runsOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let run: T[] = [];
  for (const item of items) {
    run.push(item);
    if (run.length === size) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}
