/**
 * Every word ImmunoDeck itself adds to printed pages (handouts, notes pages, leaflets), in one
 * place per language, so a translation is one object. Topic text is never here: it comes from the
 * topic files. Placeholders `{n}`, `{total}` are filled by {@link fill}.
 */

import { TEACH_BACK_LABELS } from '../i18n/teach-back-labels.js';

/** The labels of printed pages. */
export interface PrintLabels {
  /** Footer page numbers: "Page {n} of {total}". */
  pageOf: string;
  /** Above the ruled lines beside or under a slide. */
  notes: string;
  /** Heading of the references page and the leaflet's sources. */
  references: string;
  /** Before a slide's sources under its notes, and the leaflet's source list heading. */
  sources: string;
  /** Teach-back prompts in speaker notes start with one of these (set apart on notes pages). */
  askPrefix: readonly string[];
  /** Title suffixes in the PDF's document information. */
  handoutSuffix: string;
  notesSuffix: string;
  leafletSuffix: string;
  /** Leaflet: the care team box. */
  careTeam: string;
  phone: string;
  afterHours: string;
  /** Leaflet: write-in lines. */
  myQuestions: string;
  writeInName: string;
  /** Leaflet: the box around "call now" lists. */
  callNow: string;
  /** Leaflet: "Content reviewed {date}". */
  reviewed: string;
  /** Leaflet: printed when the deck has no disclaimer slide of its own. */
  disclaimer: string;
  /** Leaflet: "Printed {date}". */
  printed: string;
  /** Image credit prefix. */
  credit: string;
}

const EN: PrintLabels = {
  pageOf: 'Page {n} of {total}',
  notes: 'Notes',
  references: 'References',
  sources: 'Sources',
  askPrefix: TEACH_BACK_LABELS.en,
  handoutSuffix: ' — handout, {n} per page',
  notesSuffix: ' — notes pages',
  leafletSuffix: ' — take-home leaflet',
  careTeam: 'Your care team',
  phone: 'Phone',
  afterHours: 'After-hours number',
  myQuestions: 'My questions for my care team',
  writeInName: 'Name',
  callNow: 'Call now — do not wait',
  reviewed: 'Content reviewed {date}',
  disclaimer: 'This leaflet is for education only. It is not medical advice and does not replace your care team.',
  printed: 'Printed {date}',
  credit: 'Image:',
};

/** Spanish, as a bilingual oncology nurse would write it on a take-home page ("usted"). */
const ES: PrintLabels = {
  pageOf: 'Página {n} de {total}',
  notes: 'Notas',
  references: 'Referencias',
  sources: 'Fuentes',
  askPrefix: TEACH_BACK_LABELS.es,
  handoutSuffix: ' — folleto, {n} por página',
  notesSuffix: ' — páginas de notas',
  leafletSuffix: ' — hoja informativa para llevar a casa',
  careTeam: 'Su equipo de atención',
  phone: 'Teléfono',
  afterHours: 'Número para llamar fuera de horario',
  myQuestions: 'Mis preguntas para mi equipo de atención',
  writeInName: 'Nombre',
  callNow: 'Llame de inmediato — no espere',
  reviewed: 'Contenido revisado el {date}',
  disclaimer: 'Esta hoja es solo para informarle. No es un consejo médico y no reemplaza a su equipo de atención.',
  printed: 'Impreso el {date}',
  credit: 'Imagen:',
};

/** Labels by language; a language without its own falls back to English. */
export const PRINT_LABELS: Record<string, PrintLabels> = { en: EN, es: ES };

/** The labels for a deck language such as `en` or `en-GB`. */
export function printLabels(language: string): PrintLabels {
  return PRINT_LABELS[language] ?? PRINT_LABELS[language.slice(0, 2)] ?? EN;
}

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
