import { describe, expect, it } from 'vitest';
import { invocationFromOptions } from '../src/transports/discord/invocation-from-interaction.js';

/** Options as Discord sends them in an interaction's `data.options`. */
describe('invocationFromOptions', () => {
  it('reads top-level options by name', () => {
    expect(invocationFromOptions([{ type: 3, name: 'query', value: 'kim jong un' }])).toEqual({ options: { query: 'kim jong un' } });
  });

  it('reads a subcommand and its options, a channel as its id', () => {
    const options = [
      {
        type: 1,
        name: 'set',
        options: [
          { type: 7, name: 'channel', value: '440000000000000001' },
          { type: 3, name: 'time', value: '08:00' },
          { type: 5, name: 'weekdays', value: true },
        ],
      },
    ];
    expect(invocationFromOptions(options)).toEqual({ subcommand: 'set', options: { channel: '440000000000000001', time: '08:00', weekdays: true } });
  });

  it('joins a subcommand group with its subcommand', () => {
    const options = [{ type: 2, name: 'feed', options: [{ type: 1, name: 'add', options: [{ type: 3, name: 'url', value: 'https://news.example/rss' }] }] }];
    expect(invocationFromOptions(options)).toEqual({ subcommand: 'feed add', options: { url: 'https://news.example/rss' } });
  });

  it('gives a subcommand without options an empty option set', () => {
    expect(invocationFromOptions([{ type: 1, name: 'list' }])).toEqual({ subcommand: 'list', options: {} });
  });
});
