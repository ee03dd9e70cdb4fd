#!/usr/bin/env node
/**
 * Checks what `npm publish` would ship: runs `npm pack --dry-run --json` and fails (exit 1) when
 * the tarball holds a file outside the allow-list (package.json, README.md, LICENSE, CHANGELOG.md,
 * built .js/.cjs/.d.ts/.d.cts files in dist/), holds source maps, tests, fixtures or sources, or
 * lacks a file users need (the entries, their declarations, the CLI and its batch worker, and
 * every path package.json points at). Prints the file count and the packed and unpacked sizes.
 *
 * Run after `npm run build` (it packs dist/ as it is): `npm run check:tarball`.
 * (scripts/check-pack.ts is another thing: it checks one rule pack.)
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";

/** Files at the top of the tarball that users need. */
const ROOT_FILES = new Set(["package.json", "README.md", "LICENSE", "CHANGELOG.md"]);
/** Built files in dist/: modules and declarations, nothing else. */
const DIST_FILE = /^dist\/[\w.-]+(?:\.js|\.cjs|\.d\.ts|\.d\.cts)$/u;
/** Files that must be there: both entries in both formats with declarations, the CLI and its worker. */
const EXPECTED = [
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/text.js",
  "dist/text.cjs",
  "dist/text.d.ts",
  "dist/text.d.cts",
  "dist/cli.js",
  "dist/cli-batch-worker.js",
];
/** What must never ship, with the reason printed. */
const FORBIDDEN = [
  [/\.map$/u, "a source map"],
  [/(?:^|\/)(?:tests?|__tests__)\/|\.(?:test|spec)(?:-d)?\.[cm]?[jt]s$/u, "a test"],
  [/(?:^|\/)fixtures\//u, "a fixture"],
  [/^src\/|(?<!\.d)\.[cm]?tsx?$/u, "a source file"],
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let stdout;
try {
  stdout = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
  });
} catch (error) {
  console.error(
    `check:tarball: \`npm pack --dry-run --json\` failed:\n${error.stderr ?? error.message}`,
  );
  process.exit(1);
}
const [pack] = JSON.parse(stdout.slice(stdout.indexOf("[")));
const paths = pack.files.map((file) => file.path).sort();
const shipped = new Set(paths);

const problems = [];
for (const path of paths) {
  const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(path));
  if (forbidden) problems.push(`${path} is ${forbidden[1]} and must not be published`);
  else if (!ROOT_FILES.has(path) && !DIST_FILE.test(path)) {
    problems.push(
      `${path} is not on the allow-list (package.json, README.md, LICENSE, CHANGELOG.md, dist/*.{js,cjs,d.ts,d.cts})`,
    );
  }
}
for (const path of EXPECTED) {
  if (!shipped.has(path)) problems.push(`${path} is missing (run \`npm run build\` first?)`);
}
// Every file package.json points at (exports, main, module, types, typesVersions, bin) must ship.
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const targets = new Set();
const collect = (value) => {
  if (typeof value === "string") targets.add(value.replace(/^\.\//u, ""));
  else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
};
collect([
  manifest.exports,
  manifest.main,
  manifest.module,
  manifest.types,
  manifest.typesVersions,
  manifest.bin,
]);
for (const target of [...targets].sort()) {
  if (!shipped.has(target) && !EXPECTED.includes(target))
    problems.push(`${target} is named in package.json but not in the tarball`);
}

// A shipped module that still names a map that is not shipped makes some bundlers warn (the build
// has `sourcemap: false` in tsup.config.ts for that reason).
const dangling = paths.filter((path) => {
  if (!/\.c?js$/u.test(path)) return false;
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/u.exec(readFileSync(path, "utf8"))?.[1];
  return (
    url !== undefined &&
    !url.startsWith("data:") &&
    !shipped.has(posix.join(posix.dirname(path), url))
  );
});

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `check:tarball: ${pack.filename}: ${paths.length} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked`,
);
for (const file of [...pack.files].sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`  ${kB(file.size).padStart(9)}  ${file.path}`);
}
for (const path of dangling) {
  problems.push(`${path} ends with a sourceMappingURL to a map that is not published`);
}
if (problems.length > 0) {
  console.error(`check:tarball: FAILED, ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log("check:tarball: OK, only what users need");
