/**
 * Limits on what a YAML document may grow into. A shared content folder is hostile input: a
 * 2 MB file of anchors and aliases can expand about a hundredfold ("billion laughs"), and deep
 * nesting overflows the stack of the parser or of the code after it. Both are measured on the
 * parsed document, before it is turned into data, so nothing large is ever built.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { LIMITS } from '../options.js';

/** A limit a document exceeds, and the source offset where it does. */
export interface YamlLimitBreach {
  kind: 'depth' | 'expanded';
  /** Offset in the source of the node that crossed the limit. */
  offset: number;
  /** For `expanded`: the size the document would have, in bytes. */
  bytes?: number;
}

/** The first limit `doc` exceeds ({@link LIMITS}.yamlDepth, then .expandedYamlBytes), or undefined. */
export function yamlLimitBreach(
  doc: Document,
  limits: Pick<typeof LIMITS, 'yamlDepth' | 'expandedYamlBytes'> = LIMITS,
): YamlLimitBreach | undefined {
  const deep = tooDeep(doc.contents, limits.yamlDepth);
  if (deep) return { kind: 'depth', offset: deep.range?.[0] ?? 0 };
  const memo = new Map<unknown, number>();
  const bytes = expandedSize(doc, doc.contents, memo);
  if (bytes <= limits.expandedYamlBytes) return undefined;
  // Point at the first alias: that is where the expansion starts.
  const firstAlias = [...memo.keys()].find((n) => isAlias(n)) as Node | undefined;
  return { kind: 'expanded', offset: firstAlias?.range?.[0] ?? 0, bytes };
}

/** The first node nested deeper than `max` levels, found without recursion. */
function tooDeep(root: unknown, max: number): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return node as Node;
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
  return undefined;
}

function children(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]);
  if (isSeq(node)) return node.items.map((i) => (isPair(i) ? i.value : i));
  return [];
}

/** Bytes of text the node stands for once every alias is replaced by what it names (memoised, so linear). */
function expandedSize(doc: Document, node: unknown, memo: Map<unknown, number>): number {
  const known = memo.get(node);
  if (known !== undefined) return known;
  // A cycle (an alias inside its own anchor) counts once.
  memo.set(node, 0);
  let size: number;
  if (isAlias(node)) size = expandedSize(doc, node.resolve(doc), memo);
  else if (isScalar(node)) size = String(node.value).length + 1;
  else size = 2 + children(node).reduce<number>((sum, c) => sum + expandedSize(doc, c, memo), 0);
  memo.set(node, size);
  return size;
}
