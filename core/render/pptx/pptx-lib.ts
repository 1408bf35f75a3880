/**
 * pptxgenjs, typed for this project. Its package has no "type": "module", so under NodeNext its
 * type declarations read as CommonJS (the class would be `.default`), while Node loads its ES build
 * through the "import" condition, whose default export is the class itself. This file takes the
 * class from either shape and re-exports the types the writer uses.
 */
import * as pptxModule from 'pptxgenjs';
import type PptxNamespace from 'pptxgenjs';

type PptxClass = typeof PptxNamespace.default;

/** The pptxgenjs presentation class. */
export const PptxGenJS: PptxClass = ((pptxModule as unknown as { default: { default?: PptxClass } & PptxClass }).default.default ??
  (pptxModule as unknown as { default: PptxClass }).default) as PptxClass;

/** A presentation. */
export type Presentation = InstanceType<PptxClass>;
export type Slide = PptxNamespace.default.Slide;
export type TextProps = PptxNamespace.default.TextProps;
export type TextPropsOptions = PptxNamespace.default.TextPropsOptions;
export type SlideMasterProps = PptxNamespace.default.SlideMasterProps;
export type SlideNumberProps = PptxNamespace.default.SlideNumberProps;
export type BorderProps = PptxNamespace.default.BorderProps;
export type TableRow = PptxNamespace.default.TableRow;
