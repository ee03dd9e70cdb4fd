import type { RecordError } from "./batch-task.js";

/**
 * Serializes an error record: `{"id", "path"?, "error": {message, code}}`, one JSON line without
 * its newline. Kept apart from the extraction so the main thread can write crash records without
 * loading the pipeline.
 *
 * @param id - The input's id (its path, its JSON `id`, or its line number).
 * @param path - The file's path, or `null` for a standard-input record.
 * @param error - What went wrong.
 * @returns The JSON line.
 * @internal
 */
export function errorLine(id: string | number, path: string | null, error: RecordError): string {
  return JSON.stringify(path === null ? { id, error } : { id, path, error });
}
