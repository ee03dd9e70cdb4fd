/**
 * One input of a batch run, as read by the main thread and handed to a worker.
 *
 * - `file`: a file to read (its path is also its id);
 * - `line`: one line of JSON Lines from standard input, still unparsed (`line` is its 1-based number);
 * - `failed`: an input that already failed while it was being listed (a folder that cannot be read,
 *   a line over the length limit); the worker only writes its error record.
 *
 * @internal
 */
export type BatchInput =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "line"; readonly line: number; readonly text: string }
  | {
      readonly kind: "failed";
      readonly id: string | number;
      readonly path: string | null;
      readonly error: RecordError;
    };

/**
 * A {@link BatchInput} with its position in the input order (0-based), which `--ordered` follows.
 *
 * @internal
 */
export type BatchTask = BatchInput & { readonly seq: number };

/**
 * What a worker sends back for one task: the finished JSON line (without its newline) and whether
 * it is an error record.
 *
 * @internal
 */
export interface BatchResult {
  /** The task's position in the input order. */
  readonly seq: number;
  /** The output record, serialized by the worker. */
  readonly line: string;
  /** `false` when the record is an error record. */
  readonly ok: boolean;
}

/**
 * The `error` field of an error record.
 *
 * @internal
 */
export interface RecordError {
  /** What went wrong, for a person. */
  readonly message: string;
  /**
   * A stable code: a system code such as `ENOENT` or `EACCES` for files, else one of
   * `read-failed` (no system code), `too-large`, `invalid-json`, `invalid-record`, `missing-input`,
   * `parse-failed`, `worker-crashed`.
   */
  readonly code: string;
}
