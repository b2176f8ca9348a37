import type { EnrichedArticle } from '../articles/article.js';
import type { Entity } from '../language/analysis.js';
import { CREDIT_NAMES } from '../language/gazetteer/credits.js';
import { entityForms, nameForm } from './name-forms.js';

/** Last words of a newspaper's, broadcaster's or wire's name ("Washington Post", "Fox News", "Kyodo News"). */
const OUTLET_LAST_WORDS = new Set(
  'news times post press journal herald gazette tribune chronicle telegraph newspaper magazine newswire wire broadcasting radio television tv daily'.split(' '),
);

/** A news organisation by its name: a wire or photo agency credited in captions, or a name shaped like an outlet's. */
export function isNewsOutlet(entity: Entity): boolean {
  if (entity.type !== 'organisation') return false;
  return entityForms(entity).some((form) => {
    const words = nameForm(form).split(' ');
    return CREDIT_NAMES.has(words.join(' ')) || OUTLET_LAST_WORDS.has(words.at(-1) ?? '') || (words.length > 1 && words.includes('news'));
  });
}

/**
 * Outlets are the medium, not the news: "told Reuters", "according to the Associated Press", a photo's
 * "/AP" credit. One is news of its article only when the headline names it ("… sues Freedonia Herald").
 */
export function outletOnlyCited(entity: Entity, article: EnrichedArticle): boolean {
  if (!isNewsOutlet(entity)) return false;
  const headline = ` ${nameForm(article.title ?? '')} `;
  return !entityForms(entity).some((form) => {
    const f = nameForm(form);
    return f !== '' && headline.includes(` ${f} `);
  });
}
