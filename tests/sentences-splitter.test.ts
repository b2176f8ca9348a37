import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/language/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('sentence splitter', () => {
  it('keeps abbreviations of titles, countries and companies inside a sentence', () => {
    expect(texts('Gen. Mark Ellison met Mr. Osei and Dr. Farah in the U.S. capital on Monday. Talks ended late.')).toEqual([
      'Gen. Mark Ellison met Mr. Osei and Dr. Farah in the U.S. capital on Monday.',
      'Talks ended late.',
    ]);
    expect(texts('Shares in Harlow Foods Inc. rose 4% after the U.K. regulator cleared the deal. Rivals were silent.')).toHaveLength(2);
    expect(texts('Mrs. Patel lives on St. Anne Street near No. 10 Downing Street.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation when a new sentence clearly starts', () => {
    expect(texts('The company moved its headquarters to the U.S. The decision surprised staff.')).toEqual([
      'The company moved its headquarters to the U.S.',
      'The decision surprised staff.',
    ]);
    expect(texts('The deal was signed by Larkfield Corp. It closes in May.')).toHaveLength(2);
  });

  it('reads dates with abbreviated months and times of day', () => {
    expect(texts('The vote was moved to Sept. 14 at 9 a.m. local time. Polls open early.')).toEqual([
      'The vote was moved to Sept. 14 at 9 a.m. local time.',
      'Polls open early.',
    ]);
    expect(texts('Filing closed on Jan. 3 at 5 p.m. on the dot.')).toHaveLength(1);
  });

  it('keeps initials with the name they belong to', () => {
    expect(texts('Essex 210 all out (P. Grant 5-31) on the second day.')).toHaveLength(1);
    expect(texts('A first edition by J. R. R. Tolkien sold for £40,000. George W. Bush was in office then.')).toEqual([
      'A first edition by J. R. R. Tolkien sold for £40,000.',
      'George W. Bush was in office then.',
    ]);
  });

  it('does not split decimals, money or percentages', () => {
    expect(texts('Profit rose 3.5% to $1.13bn, while debt fell to 1.5m euros. Analysts were pleased.')).toEqual([
      'Profit rose 3.5% to $1.13bn, while debt fell to 1.5m euros.',
      'Analysts were pleased.',
    ]);
  });

  it('starts a sentence with a currency amount', () => {
    expect(texts('The budget was approved. $4bn will go to schools.')).toHaveLength(2);
  });

  it('ends a sentence inside closing quotes and keeps an attribution with its quote', () => {
    expect(texts('“We will not give in,” he said. “The talks are over.” Officials left the room.')).toEqual([
      '“We will not give in,” he said.',
      '“The talks are over.”',
      'Officials left the room.',
    ]);
    expect(texts('“Why now?” he asked. "Is it over!" Osei shouted. Nobody answered.')).toEqual([
      '“Why now?” he asked.',
      '"Is it over!" Osei shouted.',
      'Nobody answered.',
    ]);
  });

  it('splits at question and exclamation marks', () => {
    expect(texts('Will rates rise again? Economists think so! The bank meets on Thursday.')).toHaveLength(3);
  });

  it('handles ellipses as omission or as an end', () => {
    expect(texts('He said the plan was … unworkable. The minister disagreed... Others stayed quiet.')).toEqual([
      'He said the plan was … unworkable.',
      'The minister disagreed...',
      'Others stayed quiet.',
    ]);
  });

  it('ends a sentence at each paragraph and line end, even without a full stop', () => {
    const text = 'Storm closes ports along the coast\n\nHeavy rain fell overnight. Ferries were halted\nRoads reopened by noon';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Storm closes ports along the coast', 0],
      ['Heavy rain fell overnight.', 1],
      ['Ferries were halted', 1],
      ['Roads reopened by noon', 1],
    ]);
  });

  it('joins a soft-wrapped line that carries on in lower case', () => {
    expect(texts('The council said the new bridge\nwould open next year.')).toEqual(['The council said the new bridge\nwould open next year.']);
  });

  it('keeps numbered list items whole', () => {
    expect(texts('The plan has three parts:\n1. Cut the deficit.\n2. Raise pensions.\n3. Build homes.')).toEqual([
      'The plan has three parts:',
      '1. Cut the deficit.',
      '2. Raise pensions.',
      '3. Build homes.',
    ]);
  });

  it('lets a brand written in lower case open a sentence', () => {
    expect(texts('Sales of music players doubled. iPod shipments led the market.')).toHaveLength(2);
  });

  it('keeps "vs." and "e.g." inside a sentence', () => {
    expect(texts('Arsenal vs. Chelsea drew a record crowd, e.g. Londoners and visitors alike.')).toHaveLength(1);
  });

  it('gives offsets into the text that slice to the sentence, with paragraph indices', () => {
    const text = '\n\nFirst paragraph here. It has two sentences.\n\n\n“A quote,” she said.  Then more.\n';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(4);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('reads tokenised text with a detached full stop', () => {
    expect(texts('Rain stopped play at Lord ’s .\nLONDON 1996-08-30')).toEqual(['Rain stopped play at Lord ’s .', 'LONDON 1996-08-30']);
  });
});

describe('sentence splitter on capitals and lists', () => {
  it('reads an acronym in capitals as a word, not a title', () => {
    expect(texts('The drug helps patients with MS. Final approval is expected soon.')).toHaveLength(2);
  });

  it('ends a sentence after "etc." when a capital follows', () => {
    expect(texts('They sold tea, coffee, sugar etc. Prices rose in March.')).toHaveLength(2);
  });
});

describe('sentence splitter on times', () => {
  it('keeps a bracketed time zone after "a.m." in the sentence', () => {
    expect(texts('The blast came at about 10:35 a.m. (0735 GMT) Friday, witnesses said.')).toHaveLength(1);
  });
});

describe('sentence splitter on hyphenated abbreviations', () => {
  it('keeps "then-U.S. President" inside the sentence', () => {
    expect(texts('She last met then-U.S. President Ronald Hale in 2019. The talks failed.')).toEqual([
      'She last met then-U.S. President Ronald Hale in 2019.',
      'The talks failed.',
    ]);
  });
});

describe('sentence splitter on saved photo galleries', () => {
  it('reads no sentence from a gallery paragraph, whose title runs into each caption', () => {
    const text = [
      'The Queen died on Thursday at Balmoral.',
      'Photos: The life of Queen Astrid II Queen Astrid II was the longest-reigning monarch. Hide Caption 1 of 2 Photos: The life of Queen Astrid II She was crowned in 1953. Hide Caption 2 of 2',
      'Tributes poured in from Photos: a camera club.',
    ].join('\n\n');
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The Queen died on Thursday at Balmoral.', 'Tributes poured in from Photos: a camera club.']);
  });

  it('reads no sentence from a saved video card ("Video Ad Feedback <clip> 02:48 - Source: <outlet>")', () => {
    const text = 'The court ruled on Monday.\n\nVideo Ad Feedback Watch the judge rule on the visa appeal 02:48 - Source: Harbour News Watch the judge rule on the visa appeal 02:48\n\nThe player left the country.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The court ruled on Monday.', 'The player left the country.']);
  });

  it('reads no sentence from a saved player card ("JUST WATCHED <clip> Replay More Videos ... MUST WATCH <clip> 04:38")', () => {
    const text = 'The court ruled on Monday.\n\nJUST WATCHED Judge Ada Lunn explains the ruling Replay More Videos ... MUST WATCH Judge Ada Lunn explains the ruling 04:38\n\nThe player left the country.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The court ruled on Monday.', 'The player left the country.']);
  });

  it('reads a saved slideshow ("… In pictures: <title> Prev Next") as captions', () => {
    const text = 'The court ruled on Monday.\n\nJudge Ada Lunn leaves the court in Gdansk. In pictures: A week in Gdansk Prev Next\n\nThe player left the country.';
    expect(splitSentences(text).filter((s) => !s.caption).map((s) => s.text)).toEqual(['The court ruled on Monday.', 'The player left the country.']);
  });

  it('marks a photo caption that ends with its credit, and a gallery of credited captions, as captions', () => {
    const caption = 'Voters queue at a polling station in Gdansk on May 10. Ola Nowak/AFP/Getty Images';
    const gallery = 'Mourners gather at the harbour on Tuesday. Piotr Lis for CNN A hearse leaves the church. Ewa Bork/Reuters Crowds line the road.';
    const getty = 'GDANSK, POLAND - MAY 09: Mayor Anna Lind speaks at the harbour on May 9, 2019 in Gdansk, Poland. (Photo by Jan Wolny/Getty Images)';
    const prose = [
      'Lind was re-elected on Sunday.',
      'A Harbour Gazette/Nord poll released Friday put Lind ahead, according to Radio Free Europe/Radio Liberty.',
      'The mayor thanked the crowd, a Nord/AP reporter said.',
    ];
    const sentences = splitSentences([prose[0], caption, gallery, getty, prose[1], prose[2]].join('\n\n'));
    expect(sentences.filter((s) => !s.caption).map((s) => s.text)).toEqual(prose);
    expect(sentences.filter((s) => s.caption).map((s) => s.paragraph)).toEqual([1, 1, 2, 2, 2, 3, 3]);
  });

  it('marks a picture described with no credit ("A frame from a video released by …", "In this photo provided by …") as a caption, not the story talking of pictures', () => {
    const text = [
      'Lind was re-elected on Sunday.',
      'A frame from a video released by Harbour TV shows the moment a man lunged at Mayor Anna Lind.',
      'In this photo provided by the city press office on May 9, Lind visits the harbour.',
      'The images show a crowd of about 200 people outside the hall.',
    ].join('\n\n');
    expect(splitSentences(text).map((s) => s.caption === true)).toEqual([false, true, true, false]);
  });

  it('marks a credit line under a picture or a chart ("Source: …", "Photo: …"), and a caption closed by "(Picture: …)", as captions, not a sentence that opens with the word', () => {
    const text = [
      'Lind was re-elected on Sunday.',
      'Source: Orvanta, composite Ida Lunn',
      'Photo credit: Harbour Press Office',
      'Source: the city said the count would end by Monday.',
      'Mayor Ada Lunn revealed the new ferry timetable in October (Picture: Ola Nowak/AP)',
    ].join('\n\n');
    expect(splitSentences(text).map((s) => s.caption === true)).toEqual([false, true, true, false, true]);
  });

  it('marks a bulleted line that is no sentence (a link to another story) as a caption, and keeps bulleted sentences', () => {
    const text = [
      'Lind was re-elected on Sunday.',
      "• Harbour War Live Updates: 'Stay away from the port', Lind shares a video",
      '• Lind has been mayor since 2019, when she won by 40 votes.',
    ].join('\n\n');
    expect(splitSentences(text).map((s) => s.caption === true)).toEqual([false, true, false]);
  });

  it('reads no sentence from a paywall or sign-in prompt, and keeps the story\'s own sentences about signing in', () => {
    const text = [
      'Lind was re-elected on Sunday.',
      'To read this article and more great Harbour News content, please log in or create an account:',
      'Create a FREE account to continue reading',
      'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY',
      'Voters were asked to sign in to vote at the hall.',
    ].join('\n\n');
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Lind was re-elected on Sunday.', 'Voters were asked to sign in to vote at the hall.']);
  });

  it('marks a caption credited "for CNN" with no slash in it, and not prose that says "for" a reporter', () => {
    const text = 'Lind was re-elected on Sunday.\n\nThe mayor waves to supporters in Gdansk. Piotr Lis for CNN\n\nShe spoke for Harbour News on Monday.';
    expect(splitSentences(text).map((s) => [s.text, s.caption === true])).toEqual([
      ['Lind was re-elected on Sunday.', false],
      ['The mayor waves to supporters in Gdansk.', true],
      ['Piotr Lis for CNN', true],
      ['She spoke for Harbour News on Monday.', false],
    ]);
  });

  it('reads no sentence from a related link whose label runs into its headline ("More:…", "Who is next?Here is who…")', () => {
    const links = ['More:Mayor Lind vows to rebuild the harbour', 'Who runs the harbour now?Here is who may replace Lind', 'Harbour files:Lind asks the council to sit again', 'LIND CASE:Lead prosecutor cut a path'];
    const prose = ['Lind resigned on Friday.', 'Asked who would follow, she said: "Nobody yet." Why now? Lind did not say.'];
    const text = [prose[0], ...links, prose[1]].join('\n\n');
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Lind resigned on Friday.', 'Asked who would follow, she said: "Nobody yet."', 'Why now?', 'Lind did not say.']);
  });
});

