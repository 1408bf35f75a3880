import type { SourceLocation } from '../errors.js';
import type { Audience, Layout } from '../validate/topic-schema.js';

/** A reference as numbered in the deck. */
export interface DeckReference {
  /** 1-based number shown in citations. */
  n: number;
  text: string;
  url?: string;
  doi?: string;
  pmid?: string;
  accessed?: string;
}

/** A column of a two-column slide, after audience wording is applied. */
export interface ColumnModel {
  heading?: string;
  text?: string;
  items?: string[];
}

/** One slide, ready to render: audience wording applied, references numbered, image resolved. */
export interface SlideModel {
  /** Stable key: topic-id#slide-id (or position), or a generated key like `deck#title`. */
  key: string;
  layout: Layout;
  topicId?: string;
  topicTitle?: string;
  title?: string;
  subtitle?: string;
  text?: string;
  items?: string[];
  left?: ColumnModel;
  right?: ColumnModel;
  /** Absolute path of the image file. */
  image?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  columns?: string[];
  rows?: string[][];
  message?: string;
  tone?: 'info' | 'important' | 'urgent';
  notes?: string;
  /** Reference numbers cited on this slide. */
  citations: number[];
  /** For references slides: the entries to list. */
  references?: DeckReference[];
  /** Where the slide is defined, for "jump to source". */
  source?: SourceLocation;
  /**
   * Set when the slide lacks wording in the deck's language and is shown in this language instead
   * (`en`), with a visible mark (compose option allowEnglishFallback).
   */
  fallbackLanguage?: string;
}

/** Deck branding, with the logo resolved to an absolute path. */
export interface BrandingModel {
  logo?: string;
  primaryColor?: string;
  accentColor?: string;
  footer?: string;
  /** The care team's phone number (printed on the leaflet). */
  phone?: string;
}

/** A composed deck: everything the renderer needs, nothing it must look up. */
export interface DeckModel {
  id: string;
  title: string;
  subtitle?: string;
  audience: Audience;
  theme: string;
  presenter?: string;
  institution?: string;
  date?: string;
  description?: string;
  language: string;
  slideNumbers: boolean;
  /** Slide size in CSS pixels. */
  width: number;
  height: number;
  branding: BrandingModel;
  slides: SlideModel[];
  references: DeckReference[];
  /** Topic ids in order, for outlines and keywords, with the date each was last checked against its sources. */
  topics: { id: string; title: string; lastReviewed?: string }[];
  /** Files the deck was built from, for watching. */
  sources: string[];
  /** The content folder. */
  root: string;
}
