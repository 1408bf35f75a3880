import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFObject } from 'pdf-lib';

/**
 * Join the parts of a document printed in chunks (core/export/print-chunks.ts) into one PDF, page
 * order kept. The tag structure is kept too: each part's structure elements are moved under the
 * first part's document element, and its parent tree (marked content → element) is renumbered, so
 * a screen reader reads the merged file as one document in page order. Returns the first part's
 * document with the others' pages appended; metadata and the outline are written afterwards.
 */
export async function mergePdfParts(parts: Uint8Array[]): Promise<PDFDocument> {
  const doc = await PDFDocument.load(parts[0]!, { updateMetadata: false });
  const tree = structureOf(doc);
  for (const bytes of parts.slice(1)) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    appendPart(doc, part, tree);
  }
  if (tree) tree.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(tree.nextKey));
  return doc;
}

/** The first part's structure tree: its root, its document element's kids and its parent tree. */
interface Structure {
  root: PDFDict;
  rootRef: PDFRef;
  /** The element the parts' top-level elements go under (Chromium's one /Document element). */
  top: PDFDict;
  topRef: PDFRef;
  kids: PDFArray;
  nums: PDFArray;
  nextKey: number;
}

function structureOf(doc: PDFDocument): Structure | undefined {
  const rootRef = doc.catalog.get(PDFName.of('StructTreeRoot'));
  if (!(rootRef instanceof PDFRef)) return undefined;
  const root = doc.context.lookup(rootRef, PDFDict);
  const topRef = root.get(PDFName.of('K'));
  // Chromium writes one /Document element under the root; anything else is not merged (pages still are).
  if (!(topRef instanceof PDFRef)) return undefined;
  const top = doc.context.lookup(topRef, PDFDict);
  const kids = asArray(doc, top, 'K');
  const parentTree = doc.context.lookup(root.get(PDFName.of('ParentTree')), PDFDict);
  const nums = parentTree?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  if (!nums || parentTree.has(PDFName.of('Kids'))) return undefined;
  const next = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? nextKeyOf(doc, nums);
  return { root, rootRef, top, topRef, kids, nums, nextKey: next };
}

/** The element's /K as an array (a single kid is wrapped), stored back on the element. */
function asArray(doc: PDFDocument, dict: PDFDict, key: string): PDFArray {
  const value = dict.get(PDFName.of(key));
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  const array = doc.context.obj(resolved ? [value as PDFObject] : []);
  dict.set(PDFName.of(key), array);
  return array;
}

function nextKeyOf(doc: PDFDocument, nums: PDFArray): number {
  let max = -1;
  for (let i = 0; i < nums.size(); i += 2) max = Math.max(max, doc.context.lookup(nums.get(i), PDFNumber).asNumber());
  return max + 1;
}

/** Append `part`'s pages to `doc`, and its structure under `doc`'s (when both have one). */
function appendPart(doc: PDFDocument, part: PDFDocument, tree: Structure | undefined): void {
  const copier = PDFObjectCopier.for(part.context, doc.context);
  const partTree = tree ? structureOf(part) : undefined;
  if (tree && partTree) {
    // References to the part's root and document element become references to the merged ones, so
    // copying an element (whose /P climbs to them) never copies the part's whole tree again.
    const seen = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
    seen.set(partTree.rootRef, tree.rootRef);
    seen.set(partTree.topRef, tree.topRef);
  }
  const offset = tree?.nextKey ?? 0;
  for (const page of part.getPages()) {
    const ref = copier.copy(page.ref);
    const node = doc.context.lookup(ref) as PDFPage['node'];
    if (tree && partTree) shiftStructParents(doc, node, offset);
    else node.delete(PDFName.of('StructParents'));
    doc.addPage(PDFPage.of(node, ref, doc));
  }
  if (!tree || !partTree) return;
  for (let i = 0; i < partTree.kids.size(); i++) tree.kids.push(copier.copy(partTree.kids.get(i)));
  for (let i = 0; i < partTree.nums.size(); i += 2) {
    const key = part.context.lookup(partTree.nums.get(i), PDFNumber).asNumber();
    tree.nums.push(PDFNumber.of(key + offset));
    tree.nums.push(copier.copy(partTree.nums.get(i + 1)));
  }
  tree.nextKey = offset + partTree.nextKey;
}

/** A copied page's /StructParents, and its annotations' /StructParent, moved past the keys already used. */
function shiftStructParents(doc: PDFDocument, page: PDFDict, offset: number): void {
  const shift = (dict: PDFDict, key: string) => {
    const n = dict.lookupMaybe(PDFName.of(key), PDFNumber);
    if (n) dict.set(PDFName.of(key), PDFNumber.of(n.asNumber() + offset));
  };
  shift(page, 'StructParents');
  const annots = page.lookupMaybe(PDFName.of('Annots'), PDFArray);
  for (let i = 0; annots && i < annots.size(); i++) {
    const annot = doc.context.lookup(annots.get(i));
    if (annot instanceof PDFDict) shift(annot, 'StructParent');
  }
}
