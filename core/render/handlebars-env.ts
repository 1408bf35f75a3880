import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths.js';
import { registerHelpers } from './helpers.js';

/** A compiled template set: the deck page and one partial per slide layout. */
export interface TemplateSet {
  env: typeof Handlebars;
  /** The page around the rendered slides (`sections`). */
  deck: Handlebars.TemplateDelegate;
  /** One slide: the partial for `slides[index].layout`, with the deck's context as `@root`. */
  slide: Handlebars.TemplateDelegate;
}

let cached: TemplateSet | undefined;

/**
 * Load templates/deck.hbs and templates/partials/*.hbs into an isolated Handlebars environment
 * (never the global one) with our helpers. Cached per process; pass `fresh` to reload after edits.
 */
export function loadTemplates(fresh = false, dir = TEMPLATES_DIR): TemplateSet {
  if (cached && !fresh && dir === TEMPLATES_DIR) return cached;
  const env = Handlebars.create();
  registerHelpers(env);
  const partialsDir = path.join(dir, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    env.registerPartial(path.basename(file, '.hbs'), compile(env, path.join(partialsDir, file)));
  }
  const slide = env.compile('{{#with (lookup slides index)}}{{> (layoutPartial layout) }}{{/with}}', { preventIndent: true });
  const set = { env, deck: compile(env, path.join(dir, 'deck.hbs')), slide };
  if (dir === TEMPLATES_DIR) cached = set;
  return set;
}

function compile(env: typeof Handlebars, file: string): Handlebars.TemplateDelegate {
  const template = env.compile(readFileSync(file, 'utf8'), { noEscape: false, preventIndent: true });
  // Name the template in errors: Handlebars itself does not know the file.
  const named = ((context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (e) {
      const err = e as Error;
      if (!err.message.includes('.hbs')) err.message = `${path.relative(TEMPLATES_DIR, file)}: ${err.message}`;
      throw err;
    }
  }) as Handlebars.TemplateDelegate;
  return named;
}
