/**
 * Words that carry no topic: dropped from the index and from queries, so they cost nothing and never
 * decide a match. Kept short on purpose: "us" (the U.S.), "new", "no" and numbers stay searchable.
 * Contractions appear without their apostrophe because the tokenizer removes it ("don't" → "dont").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren arent as at be because been before being below
  between both but by can cannot could couldnt did didnt do does doesnt doing dont down during each few for from
  further had hadnt has hasnt have havent having he hed hell hes her here heres hers herself him himself his how
  hows i id ill im ive if in into is isnt it its itself lets me more most mustnt my myself nor not of off on once
  only or other ought our ours ourselves out over own same shant she shed shell shes should shouldnt so some such
  than that thats the their theirs them themselves then there theres these they theyd theyll theyre theyve this
  those through to too under until up very was wasnt we wed well were weve werent what whats when whens where
  wheres which while who whos whom why whys with wont would wouldnt you youd youll youre youve your yours
  yourself yourselves`.split(/\s+/),
);
