import { describe, expect, it } from 'vitest';
import { commands, commandForButton } from '../commands/index.js';

describe('command list', () => {
  it('has unique names, and each command a definition and a handler', () => {
    const names = commands.map((c) => c.definition.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['brief', 'search', 'article']));
    for (const command of commands) expect(typeof command.execute).toBe('function');
  });

  it('keeps definitions within Discord rules (names, descriptions, option order)', () => {
    const check = (name: string, description: string) => {
      expect(name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(name).toBe(name.toLowerCase());
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(100);
    };
    for (const { definition } of commands) {
      check(definition.name, definition.description);
      const walk = (options: typeof definition.options = []) => {
        expect(options.length).toBeLessThanOrEqual(25);
        const required = options.map((o) => o.required === true);
        // Required options must come before optional ones.
        expect(required.indexOf(false) === -1 || required.lastIndexOf(true) < required.indexOf(false)).toBe(true);
        for (const option of options) {
          check(option.name, option.description);
          walk(option.options);
        }
      };
      walk(definition.options);
    }
  });

  it('routes a button to the command that made it', () => {
    expect(commandForButton('search:p:2:1:kim')?.definition.name).toBe('search');
    expect(commandForButton('nothing:here')).toBeUndefined();
  });
});
