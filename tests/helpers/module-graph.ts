import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The library's sources. */
export const SRC: string = resolve(new URL("../../src", import.meta.url).pathname);

/** Every static `import … from` and `export … from`. */
export const IMPORTS_AND_EXPORTS: RegExp = /^(?:import|export)\s[^;]*?from\s+"(?<spec>[^"]+)"/gmu;
/** Only `export … from` of a relative module: the re-exports that make up an entry's API. */
export const RELATIVE_RE_EXPORTS: RegExp = /^export\s[^;]*?from\s+"(?<spec>\.[^"]+)"/gmu;

/**
 * The modules reachable from entries of `src/` through the statements that `edges` matches (a
 * global regex with a `spec` group): source files as absolute `.ts` paths, packages by name.
 * Files outside `src/` are listed but not followed.
 */
export function moduleGraph(entries: readonly string[], edges: RegExp): Set<string> {
  const seen = new Set<string>();
  const stack = entries.map((entry) => join(SRC, entry));
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(SRC)) continue;
    for (const match of readFileSync(file, "utf8").matchAll(edges)) {
      const spec = match.groups?.spec ?? "";
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec.replace(/\.js$/u, ".ts")));
      else seen.add(spec);
    }
  }
  return seen;
}
