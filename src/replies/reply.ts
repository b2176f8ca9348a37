/**
 * The transport-neutral answer every command handler returns. Transports (Discord, console, tests) turn
 * it into embeds or text; handlers never know which.
 */

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyButton {
  /** Custom id (≤ 100 chars), routed back to the command that made it: `<command>:<action>:…`. */
  id: string;
  label: string;
  style?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface ReplyImage {
  /** File name of the attachment, e.g. `mentions.png`. */
  name: string;
  data: Uint8Array;
  /** Text alternative, also shown by the console. */
  description: string;
}

export interface Reply {
  title?: string;
  url?: string;
  /** Main text. `**bold**` and `*italic*` are the only markup handlers use. */
  text?: string;
  fields?: ReplyField[];
  footer?: string;
  buttons?: ReplyButton[];
  links?: ReplyLink[];
  image?: ReplyImage;
  /** Seen only by the member who asked. */
  ephemeral?: boolean;
  /** `notice` marks a user mistake (unknown id, no hits): short, ephemeral, not an error. */
  tone?: 'normal' | 'notice' | 'error';
}

/** A user mistake is a value, rendered as a short ephemeral reply. */
export function notice(text: string, extra: Partial<Reply> = {}): Reply {
  return { text, ephemeral: true, tone: 'notice', ...extra };
}

export interface Choice {
  name: string;
  value: string;
}
