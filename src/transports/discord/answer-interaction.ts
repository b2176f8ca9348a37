import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Reply } from '../../replies/reply.js';
import { editOptions, replyOptions } from './message-options.js';
import { renderReply } from './render-embed.js';

/**
 * Discord gives an interaction 3 s for its first answer. Work that finishes within `deferAfterMs`
 * is answered directly; slower work is deferred first and completed by an edit.
 *
 * A command is deferred publicly: we cannot know in advance whether its answer will be private, and most
 * are public. When a private answer (a notice, an error) does come after a public defer, the "thinking"
 * placeholder is deleted and the answer sent as an ephemeral follow-up, so it is still seen by the asker
 * alone.
 */
export const DEFAULT_DEFER_AFTER_MS = 2500;

type Outcome = { done: true; reply: Reply } | { done: false };

async function within(work: Promise<Reply>, ms: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((reply): Outcome => ({ done: true, reply })), slow]);
  } finally {
    clearTimeout(timer);
  }
}

export async function answerCommand(interaction: ChatInputCommandInteraction, work: Promise<Reply>, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first.done) {
    await interaction.reply(replyOptions(renderReply(first.reply)));
    return;
  }
  await interaction.deferReply();
  const rendered = renderReply(await work);
  if (!rendered.ephemeral) {
    await interaction.editReply(editOptions(rendered));
    return;
  }
  await interaction.deleteReply();
  await interaction.followUp(replyOptions(rendered, true));
}

/**
 * A press answered with a public reply replaces the message the button sits on (paging); a private
 * reply goes to the presser alone and leaves the message as it was (see `press` in commands/command.ts).
 */
export async function answerPress(interaction: ButtonInteraction, work: Promise<Reply>, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first.done) {
    const rendered = renderReply(first.reply);
    if (rendered.ephemeral) await interaction.reply(replyOptions(rendered));
    else await interaction.update(editOptions(rendered));
    return;
  }
  await interaction.deferUpdate();
  const rendered = renderReply(await work);
  if (rendered.ephemeral) await interaction.followUp(replyOptions(rendered, true));
  else await interaction.editReply(editOptions(rendered));
}

/** For answers that need no handler (unknown command or button): always immediate and private. */
export async function answerNotice(interaction: ChatInputCommandInteraction | ButtonInteraction, reply: Reply): Promise<void> {
  await interaction.reply(replyOptions(renderReply(reply), true));
}
