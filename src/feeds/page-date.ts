import { statedDay } from '../ingest/article-date.js';
import { datesInLines, publicationDay } from '../ingest/date-lines.js';
import type { PageMetadata } from './page-metadata.js';

/**
 * The page's publication day, from its metadata, its address and its visible date stamps. The first
 * stated publication date leads; an address with the day in it (/2023/04/28/) is written once, at
 * publication, so it wins a disagreement; an address with only the month must agree with the date, and
 * stamps on the page must agree with a weak `<time>` clue. Where clues disagree and nothing settles it,
 * there is no date: a wrong date is worse than an unknown one.
 */
export type PageDate = { day: string; why: string } | { unknown: string };

const DAY_MS = 86_400_000;
const apart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

function validDay(y: string, m: string, d: string): string | undefined {
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The day or month an address's path gives: `/2023/04/28/`, `/2023-04-28-`, `/20230428/`, `/2010/POLITICS/08/13/`, `/2023/04/`. */
export function urlDate(url: string | undefined): { day?: string; month?: string } {
  if (!url) return {};
  let path: string;
  try {
    path = new URL(url, 'https://page.invalid').pathname;
  } catch {
    return {};
  }
  // One separator throughout (/2023/04/28/, -2023-04-28-) or none (20230428): "194709-13" is an id, not a date.
  const full = /(?:^|[/_-])((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?=[/_.-]|$)/.exec(path);
  const day = full ? validDay(full[1]!, full[3]!, full[4]!) : undefined;
  if (day) return { day, month: day.slice(0, 7) };
  // A section between the year and the month: /2010/POLITICS/08/13/ (an older news site's addresses).
  const sectioned = /\/((?:19|20)\d\d)\/[A-Za-z][\w-]*\/([01]\d)\/([0-3]\d)\//.exec(path);
  const sectionedDay = sectioned ? validDay(sectioned[1]!, sectioned[2]!, sectioned[3]!) : undefined;
  if (sectionedDay) return { day: sectionedDay, month: sectionedDay.slice(0, 7) };
  const month = /\/((?:19|20)\d\d)\/([01]\d)\//.exec(path);
  return month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? { month: `${month[1]}-${month[2]}` } : {};
}

const NAMED_PUBLICATION = new Set(['JSON-LD datePublished', 'meta article:published_time', 'meta og:article:published_time', 'meta og:published_time', 'meta datePublished', 'itemprop datePublished', 'labelled <time>']);
const ISSUE_LEAD_DAYS = 14;
const UTC = /(?:Z|[+-]00:?00)$/i;

type Clue = { value: string; from: string; day?: string };

/**
 * A UTC stamp just past midnight is the evening before where the publisher is: when another clue gives the
 * day before in local time (an offset other than UTC, or none), the publisher's own calendar day is taken.
 */
function localDay(stated: Clue | undefined, all: readonly Clue[]): Clue | undefined {
  if (!stated?.day || !UTC.test(stated.value.trim())) return stated;
  const dayBefore = new Date(Date.parse(stated.day) - DAY_MS).toISOString().slice(0, 10);
  const local = all.find((p) => p.day === dayBefore && !UTC.test(p.value.trim()));
  return local ? { ...stated, day: dayBefore, value: `${stated.value}, ${local.value} locally` } : stated;
}

export function choosePageDate(meta: PageMetadata, pageUrl: string | undefined, visibleLines: readonly string[]): PageDate {
  const fromUrl = urlDate(meta.url ?? pageUrl);
  const all = meta.published.map((p) => ({ ...p, day: statedDay(p.value) })).filter((p) => p.day);
  // Named publication fields outrank a bare `date` meta, which some sites fill with the update or the crawl.
  const named = all.filter((p) => NAMED_PUBLICATION.has(p.from));
  const clues = named.length ? named : all;
  const stated = localDay(clues[0], all);
  const stamps = publicationDay(datesInLines(visibleLines));
  // Publication dates the page states in several places must agree: one is often the update, relabelled.
  const strong = clues.filter((p) => p.from !== '<time>');
  const disagreeing = strong.find((p) => apart(p.day!, stated!.day!) > 1);
  if (stated && disagreeing) return { unknown: `${stated.from} says ${stated.day}, ${disagreeing.from} ${disagreeing.day}` };
  if (fromUrl.day) {
    // A magazine's address carries the issue's cover date, printed up to two weeks after the story went online.
    const ahead = stated?.day ? (Date.parse(fromUrl.day) - Date.parse(stated.day)) / DAY_MS : 0;
    if (stated?.day && ahead > 1 && ahead <= ISSUE_LEAD_DAYS) return { day: stated.day, why: `${stated.from} (${stated.value}), before the issue date in the address` };
    if (stated?.day && apart(stated.day, fromUrl.day) > 1) return { unknown: `${stated.from} says ${stated.day}, the address ${fromUrl.day}` };
    return { day: stated?.day ?? fromUrl.day, why: stated ? `${stated.from} (${stated.value}), as the address says` : "the address's date" };
  }
  if (stated?.day) {
    if (fromUrl.month && stated.day.slice(0, 7) !== fromUrl.month) return { unknown: `${stated.from} says ${stated.day}, the address ${fromUrl.month}` };
    if (stated.from === '<time>' && stamps && 'day' in stamps && apart(stamps.day, stated.day) > 1) return { unknown: `<time> says ${stated.day}, the page ${stamps.day}` };
    return { day: stated.day, why: `${stated.from} (${stated.value})` };
  }
  if (stamps && 'day' in stamps) {
    if (fromUrl.month && stamps.day.slice(0, 7) !== fromUrl.month) return { unknown: `the page says ${stamps.day}, the address ${fromUrl.month}` };
    return { day: stamps.day, why: `${stamps.why} on the page` };
  }
  return { unknown: stamps && 'conflict' in stamps ? stamps.conflict : 'no publication date on the page' };
}
