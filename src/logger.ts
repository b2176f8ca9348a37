/**
 * A small structured logger passed in explicitly (no module singleton). Secret values handed to it at
 * construction are masked wherever they appear, so a token can never reach a log line.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogLine {
  level: LogLevel;
  message: string;
  fields: LogFields;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    const cause = value.cause === undefined ? '' : ` (cause: ${String(describe(value.cause))})`;
    return `${value.name}: ${value.message}${cause}${value.stack ? `\n${value.stack.split('\n').slice(1, 6).join('\n')}` : ''}`;
  }
  return value;
}

/**
 * A message can carry text from outside (a file name, a remote feed's title): newlines and terminal
 * escapes are written as visible escapes so they cannot forge a log line or drive the terminal.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function format(line: LogLine): string {
  const extras = Object.entries(line.fields)
    .map(([key, value]) => {
      const shown = describe(value);
      return `${key}=${typeof shown === 'string' ? JSON.stringify(shown) : JSON.stringify(shown) ?? String(shown)}`;
    })
    .join(' ');
  return `${line.level.toUpperCase().padEnd(5)} ${escapeControl(line.message)}${extras ? ` ${extras}` : ''}`;
}

export interface StreamLoggerOptions {
  level?: LogLevel;
  /** Values masked as `[secret]` in every line. */
  secrets?: readonly string[];
  write?: (text: string) => void;
  now?: () => Date;
}

/** The password of a `scheme://user:password@host` address (a feed URL someone typed with its login). */
const URL_PASSWORD = /(\b[a-z][a-z\d+.-]*:\/\/[^\s/:@"]*:)[^\s/@"]+@/gi;

export function createLogger(options: StreamLoggerOptions = {}, bound: LogFields = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, message: string, fields: LogFields = {}) => {
    if (ORDER[level] < min) return;
    let text = `${now().toISOString()} ${format({ level, message, fields: { ...bound, ...fields } })}`;
    for (const secret of secrets) text = text.split(secret).join('[secret]');
    text = text.replace(URL_PASSWORD, '$1[secret]@');
    write(`${text}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** A logger that keeps its lines, for tests to read. */
export interface CapturingLogger extends Logger {
  lines: LogLine[];
  text(): string;
}

export function createCapturingLogger(bound: LogFields = {}, lines: LogLine[] = []): CapturingLogger {
  const push = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    lines.push({ level, message, fields: { ...bound, ...fields } });
  };
  return {
    lines,
    text: () => lines.map(format).join('\n'),
    debug: push('debug'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    child: (fields) => createCapturingLogger({ ...bound, ...fields }, lines),
  };
}
