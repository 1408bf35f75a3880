/**
 * Print options, engine-neutral. Chromium (CDP `Page.printToPDF`, used by playwright-core) and
 * Electron (`webContents.printToPDF`) share one print path but have different defaults (Electron:
 * 0.4 in margins, Letter; Playwright: no margins), so every option is passed explicitly on both sides
 * from the one object built here.
 * @see ../../docs/pdf-export.md
 */

import type { PageSize } from '../options.js';
import { PX_PER_IN } from '../render/handout-layout.js';

/** Page margins in inches. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Everything a PDF engine needs to print, with no engine default left to chance. */
export interface PrintOptions {
  /** Used only if the page has no CSS `@page` size (ours always has one). */
  pageSize: PageSize;
  /** Let the page's `@page { size }` decide the paper: reveal's print view and our handouts set it. @default true */
  preferCSSPageSize: boolean;
  /** Print backgrounds, so dark slides stay dark to the edge. @default true */
  printBackground: boolean;
  /** Always 0: pages are laid out edge to edge by CSS. */
  margins: Margins;
  /** Tagged (accessible) PDF: a structure tree and reading order for screen readers. @default true */
  tagged: boolean;
  /**
   * Chromium's heading-based outline. Off: ImmunoDeck writes its own outline, grouped by topic,
   * with pdf-lib (core/export/pdf-outline.ts, write-outline.ts), so it is the same whatever the engine.
   * @default false
   */
  outline: boolean;
  /** Always false: orientation comes from `@page` (which wins over `landscape` anyway). */
  landscape: boolean;
  /** Always 1: slides are scaled by CSS, never by the engine. */
  scale: number;
  /** Always false: headers and footers are part of our page boxes, so every engine prints them alike. */
  displayHeaderFooter: boolean;
}

/** The page size of a slide of `width`×`height` CSS px. */
export function slidePageSize(width: number, height: number): PageSize {
  return { widthIn: width / PX_PER_IN, heightIn: height / PX_PER_IN };
}

/**
 * The print options for a document whose pages are `pageSize` (the fallback if CSS sets none).
 * `outline: true` lets the engine bookmark the headings (the leaflet, whose pages only the engine knows).
 */
export function buildPrintOptions(pageSize: PageSize, extra: { outline?: boolean } = {}): PrintOptions {
  return {
    pageSize,
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    tagged: true,
    outline: extra.outline ?? false,
    landscape: false,
    scale: 1,
    displayHeaderFooter: false,
  };
}

/** Options in the shape of playwright-core's `page.pdf()` (Chromium only). */
export interface PlaywrightPdfOptions {
  width: string;
  height: string;
  preferCSSPageSize: boolean;
  printBackground: boolean;
  margin: { top: string; right: string; bottom: string; left: string };
  tagged: boolean;
  outline: boolean;
  landscape: boolean;
  scale: number;
  displayHeaderFooter: boolean;
}

/** Map {@link PrintOptions} to playwright-core's `page.pdf()` options. */
export function toPlaywrightPdfOptions(o: PrintOptions): PlaywrightPdfOptions {
  const inch = (n: number) => `${n}in`;
  return {
    width: inch(o.pageSize.widthIn),
    height: inch(o.pageSize.heightIn),
    preferCSSPageSize: o.preferCSSPageSize,
    printBackground: o.printBackground,
    margin: { top: inch(o.margins.top), right: inch(o.margins.right), bottom: inch(o.margins.bottom), left: inch(o.margins.left) },
    tagged: o.tagged,
    outline: o.outline,
    landscape: o.landscape,
    scale: o.scale,
    displayHeaderFooter: o.displayHeaderFooter,
  };
}

/**
 * Options in the shape of Electron's `webContents.printToPDF()` (Electron ≥ 21), written out here so
 * that core/ never imports 'electron'. Sizes and margins are in inches.
 */
export interface ElectronPdfOptions {
  pageSize: { width: number; height: number };
  preferCSSPageSize: boolean;
  printBackground: boolean;
  margins: Margins;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
  landscape: boolean;
  scale: number;
  displayHeaderFooter: boolean;
}

/** Map {@link PrintOptions} to Electron's `webContents.printToPDF()` options. */
export function toElectronPdfOptions(o: PrintOptions): ElectronPdfOptions {
  return {
    pageSize: { width: o.pageSize.widthIn, height: o.pageSize.heightIn },
    preferCSSPageSize: o.preferCSSPageSize,
    printBackground: o.printBackground,
    margins: { ...o.margins },
    generateTaggedPDF: o.tagged,
    generateDocumentOutline: o.outline,
    landscape: o.landscape,
    scale: o.scale,
    displayHeaderFooter: o.displayHeaderFooter,
  };
}
