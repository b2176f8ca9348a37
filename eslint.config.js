import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'coverage', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The core never talks to Discord: only transports may import discord.js.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/transports/discord/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['discord.js', '@discordjs/*'], message: 'Only src/transports/discord may import discord.js.' }] }],
    },
  },
  {
    // pg is reached only through the PostgreSQL stores and search; this block repeats the discord.js rule because a
    // later no-restricted-imports replaces an earlier one for the files both cover.
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/transports/discord/**', 'src/store/postgres/**', 'src/search/postgres/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['discord.js', '@discordjs/*'], message: 'Only src/transports/discord may import discord.js.' },
            { group: ['pg', 'pg-*'], message: 'Only src/store/postgres and src/search/postgres may import pg.' },
          ],
        },
      ],
    },
  },
);
