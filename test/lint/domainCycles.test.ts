import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Which top-level folders of `base` import which others (relative imports, tests left out). */
function folderGraph(base: string): Map<string, Set<string>> {
  const folderOf = (path: string) => {
    const parts = relative(base, path).split(/[\\/]/);
    return parts.length > 1 ? parts[0]! : '(root)';
  };
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(base)) {
    const from = folderOf(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)) {
      const target = resolve(dirname(file), match[1] ?? match[2]!);
      if (relative(base, target).startsWith('..')) continue;
      const to = folderOf(target);
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every pair of folders that reach each other (directly or through others). */
function cycles(graph: Map<string, Set<string>>): string[] {
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      for (const next of graph.get(stack.pop()!) ?? []) {
        if (next === to) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return false;
  };
  const folders = [...graph.keys()].sort();
  return folders.flatMap((a) =>
    folders.filter((b) => a < b && reaches(a, b) && reaches(b, a)).map((b) => `${a} <-> ${b}`),
  );
}

describe('no cycles between domains, in the core and in the renderer', () => {
  it('finds a planted cycle', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual(['a <-> b', 'a <-> c', 'b <-> c']);
  });

  it('src/main/core: domains talk one way (the other way goes through hooks)', () => {
    expect(cycles(folderGraph(join(root, 'src/main/core')))).toEqual([]);
  });

  it('src/renderer/src/features: features compose one way, and so do the renderer layers', () => {
    expect(cycles(folderGraph(join(root, 'src/renderer/src/features')))).toEqual([]);
    expect(cycles(folderGraph(join(root, 'src/renderer/src')))).toEqual([]);
  });
});
