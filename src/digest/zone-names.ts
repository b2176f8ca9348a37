/**
 * Time zones as members type them: IANA names ("Europe/Berlin", any case, old aliases such as
 * "US/Eastern" too) or the abbreviations people actually use, mapped to the zone they usually mean.
 * An abbreviation names a place, not a fixed offset: "CET" set in winter keeps following Berlin's summer time.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  WET: 'Europe/London',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  MSK: 'Europe/Moscow',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  IST: 'Asia/Kolkata',
  PKT: 'Asia/Karachi',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AWST: 'Australia/Perth',
  ACST: 'Australia/Adelaide',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  SAST: 'Africa/Johannesburg',
  WAT: 'Africa/Lagos',
  EAT: 'Africa/Nairobi',
  BRT: 'America/Sao_Paulo',
};

let zones: readonly string[] | undefined;

/** Every zone the runtime knows, plus UTC (which Node lists under no region). */
export function allZones(): readonly string[] {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
  return zones;
}

/** The zone the runtime resolves a name to, or undefined when it knows no such zone. */
function runtimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][\w+\-/]*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A member's zone text → an IANA zone name, or undefined when it is not one. */
export function resolveZone(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, '_');
  if (!text) return undefined;
  const abbreviation = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviation) return abbreviation;
  const listed = allZones().find((z) => z.toLowerCase() === text.toLowerCase());
  return listed ?? runtimeZone(text);
}

/** Up to `limit` suggestions for what has been typed: abbreviations first, then zones by prefix, then by part. */
export function suggestZones(typed: string, limit = 25): { name: string; value: string }[] {
  const text = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  const add = (name: string, value: string) => {
    if (out.length >= limit || seen.has(name)) return;
    seen.add(name);
    out.push({ name, value });
  };
  if (text) {
    for (const [abbreviation, zone] of Object.entries(ABBREVIATIONS)) {
      if (abbreviation.toLowerCase() === text) add(`${abbreviation} → ${zone}`, zone);
    }
  }
  const zonesNow = allZones();
  const city = (z: string) => (z.split('/').at(-1) ?? z).toLowerCase();
  for (const zone of zonesNow) if (!text || zone.toLowerCase().startsWith(text) || city(zone).startsWith(text)) add(zone, zone);
  for (const zone of zonesNow) if (text && zone.toLowerCase().includes(text)) add(zone, zone);
  return out;
}
