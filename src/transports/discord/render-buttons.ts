import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { ReplyButton, ReplyLink } from '../../replies/reply.js';
import { fitText, plainLine } from './fit-text.js';

/** Discord's component limits. */
export const BUTTON_LIMITS = { perRow: 5, rows: 5, customId: 100, label: 80, url: 512 } as const;

const STYLES: Record<NonNullable<ReplyButton['style']>, ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
};

function label(text: string): string {
  return fitText(plainLine(text), BUTTON_LIMITS.label) || '…';
}

function isWebUrl(url: string): boolean {
  if (url.length > BUTTON_LIMITS.url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Buttons, then links, five to a row and five rows at most. What Discord would refuse is left out
 * rather than failing the whole message: an id over 100 characters or used twice (it could not be
 * routed back), a link that is not a web address, anything past the 25th.
 */
export function renderButtons(buttons: readonly ReplyButton[] = [], links: readonly ReplyLink[] = []): APIActionRowComponent<APIButtonComponent>[] {
  const seen = new Set<string>();
  const components: APIButtonComponent[] = [];
  for (const button of buttons) {
    if (!button.id || button.id.length > BUTTON_LIMITS.customId || seen.has(button.id)) continue;
    seen.add(button.id);
    components.push({
      type: ComponentType.Button,
      style: STYLES[button.style ?? 'secondary'],
      label: label(button.label),
      custom_id: button.id,
      ...(button.disabled ? { disabled: true } : {}),
    });
  }
  for (const link of links) {
    if (isWebUrl(link.url)) components.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: label(link.label), url: link.url });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const kept = components.slice(0, BUTTON_LIMITS.perRow * BUTTON_LIMITS.rows);
  for (let i = 0; i < kept.length; i += BUTTON_LIMITS.perRow) {
    rows.push({ type: ComponentType.ActionRow, components: kept.slice(i, i + BUTTON_LIMITS.perRow) });
  }
  return rows;
}
