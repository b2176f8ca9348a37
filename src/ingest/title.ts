/**
 * Headlines often credit whom the story came through: "Putin, Kim Jong Un meet…: Tass",
 * "Markets slide - Reuters", "… | AP News". We split that attribution off, and only when it looks like a
 * name (a known agency, or one or two capitalised words after a full headline), so that
 * "Brexit: what happens next" keeps its colon.
 */
const AGENCIES = new Set(
  [
    'tass', 'reuters', 'ap', 'ap news', 'associated press', 'afp', 'xinhua', 'yonhap', 'kcna', 'kyodo', 'kyodo news',
    'bloomberg', 'interfax', 'ria novosti', 'ria', 'anadolu', 'anadolu agency', 'dpa', 'efe', 'ansa', 'pti', 'ians',
    'bernama', 'antara', 'cna', 'bbc', 'bbc news', 'cnn', 'nhk', 'nikkei', 'al jazeera', 'upi', 'wafa', 'irna',
    'sana', 'ani', 'jiji', 'jiji press', 'pap', 'ctk', 'mti', 'apa', 'belga', 'anp', 'tt', 'ntb', 'ritzau', 'stt',
    'the associated press', 'agence france-presse', 'cnn politics', 'cnn business', 'cnn.com', 'usa today', 'abc news',
    'cbs news', 'nbc news', 'fox news', 'npr', 'pbs', 'politico', 'axios', 'the hill', 'the guardian', 'the new york times',
    'the washington post', 'the wall street journal', 'financial times', 'the economist', 'sky news', 'dw', 'france 24',
  ],
);

/** A news agency or outlet known by name ("Reuters", "AP News", "USA Today"). */
export function isAgencyName(text: string): boolean {
  return AGENCIES.has(text.trim().toLowerCase());
}

export interface SplitTitle {
  title: string;
  /** The headline without its attribution, for slugs and display where the source is shown apart. */
  headline: string;
  via?: string;
}

function isNameLike(words: string[]): boolean {
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^[\p{Lu}\d][\p{L}\d&.'’-]*$/u.test(w));
}

export function splitTitle(raw: string): SplitTitle {
  const title = raw.trim().replace(/\s+/g, ' ');
  const match = /^(?<head>.+?)\s*(?::|\s[-–—|]\s)\s*(?<tail>[^:|–—]+)$/u.exec(title);
  const head = match?.groups?.head?.trim();
  const tail = match?.groups?.tail?.trim().replace(/[.]$/, '');
  if (head && tail) {
    const words = tail.split(' ');
    const known = AGENCIES.has(tail.toLowerCase());
    const headWords = head.split(' ').length;
    if (known || (isNameLike(words) && words.length <= 2 && headWords >= 5)) {
      return { title, headline: head, via: tail };
    }
  }
  return { title, headline: title };
}
