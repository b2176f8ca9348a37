import { pino, stdSerializers } from 'pino';
import type { LogFields, Logger, LogLevel } from './logger.js';

export interface JsonLoggerOptions {
  level?: LogLevel;
  /** Values masked as `[secret]` wherever they appear in a line. */
  secrets?: readonly string[];
  write?: (line: string) => void;
}

/** Same mask as the text logger: the password of a `scheme://user:password@host` address. */
const URL_PASSWORD = /(\b[a-z][a-z\d+.-]*:\/\/[^\s/:@"]*:)[^\s/@"]+@/gi;

/** Errors anywhere in the fields become objects with type, message, stack and cause. */
function serialisable(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) out[key] = value instanceof Error ? stdSerializers.errWithCause(value) : value;
  return out;
}

/**
 * `LOG_FORMAT=json`: one JSON object a line through pino, for log shippers. Masking happens on the
 * finished line, as in the text logger, so no field or message path can carry a secret past it.
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const destination = {
    write(line: string) {
      let masked = line;
      for (const secret of secrets) masked = masked.split(secret).join('[secret]');
      write(masked.replace(URL_PASSWORD, '$1[secret]@'));
    },
  };
  const root = pino({ level: options.level ?? 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
  const wrap = (log: pino.Logger): Logger => ({
    debug: (message, fields = {}) => log.debug(serialisable(fields), message),
    info: (message, fields = {}) => log.info(serialisable(fields), message),
    warn: (message, fields = {}) => log.warn(serialisable(fields), message),
    error: (message, fields = {}) => log.error(serialisable(fields), message),
    child: (fields) => wrap(log.child(serialisable(fields))),
  });
  return wrap(root);
}
