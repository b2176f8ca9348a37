import { describe, expect, it } from 'vitest';
import { canStandAlone, isFurniture } from '../src/language/summary/standalone.js';

describe('a summary opener that stands alone', () => {
  it('accepts a sentence that names who and what', () => {
    for (const s of [
      'The city council approved a £40m plan to rebuild the harbour wall on Monday.',
      'Another three bank executives have pleaded guilty to fraud charges in New York.',
      'The decision to close the plant was taken by the board in March, the company said.',
      'The former finance minister of Estoria was charged with bribery on Friday.',
      "This year's harvest was the smallest in two decades, farmers' groups said.",
      '“We will rebuild,” Mayor Ines Duarte said after touring the damaged port district.',
      'We Are The Champions was voted the nation’s favourite stadium anthem in a new poll.',
    ]) {
      expect(canStandAlone(s), s).toBe(true);
    }
  });

  it('rejects a pronoun or connective that points back', () => {
    for (const s of [
      'He said the talks had collapsed late on Monday night.',
      'They spent the night in a leisure centre and two school halls.',
      'It was the fourth meeting in a row without a change in rates.',
      'This is the third time in five years that the town has flooded.',
      'But the union rejected that promise as far too vague.',
      'However, some shop owners returned on Monday to move their stock.',
      'The move came after weeks of pressure from opposition parties.',
      'The latter has denied any wrongdoing in the affair so far.',
      'For example, the harbour board spent twice its budget on consultants last year.',
      'For instance, three ferries were cancelled during the strike in the spring.',
      'His success in the valley towns surprised even his own campaign staff.',
    ]) {
      expect(canStandAlone(s), s).toBe(false);
    }
  });

  it('rejects quote fragments and quotes given to a pronoun', () => {
    for (const s of [
      '“We are not going back until the contract is on the table,” he said.',
      '“The talks are over and there is nothing left to discuss.”',
      '“We will fight this decision in every court in the land.',
      'and nobody from the ministry was willing to comment on the matter.',
    ]) {
      expect(canStandAlone(s), s).toBe(false);
    }
  });

  it('rejects short lines, headlines, bylines and credits', () => {
    for (const s of ['Talks collapse.', 'Flood warning', 'By Clara Nyberg, Business Reporter', 'Photo: Reuters/Anders Holm', 'Reporting by Sam Okafor; editing by Lena Marsh', 'The plan has three parts:']) {
      expect(canStandAlone(s), s).toBe(false);
    }
  });

  it('tells page furniture from news', () => {
    expect(isFurniture('Photo: Reuters/Anders Holm')).toBe(true);
    expect(isFurniture('More: Harbour board approves the new ferry timetable for the summer season after talks')).toBe(true);
    expect(isFurniture('Dock workers stand by the new ferry pier on the day of the opening vote in Brest, France, Wednesday, Dec. 7, 2022.')).toBe(true);
    expect(isFurniture('The board voted on Wednesday, Dec. 7, 2022, to open the new ferry pier in Brest.')).toBe(false);
    expect(isFurniture('READ MORE Harbour board approves the new ferry timetable for the summer season after talks.')).toBe(true);
    expect(isFurniture('Mayor Ines Duarte speaks to reporters at the port in Vilanova on March 3, 2024. (AP Photo/Rui Costa)')).toBe(true);
    expect(isFurniture('Mayor Ines Duarte speaks to reporters at the port in Vilanova on March 3, 2024. Getty Images')).toBe(true);
    expect(isFurniture('Flood warning')).toBe(true);
    expect(isFurniture('By Clara Nyberg, Business Reporter')).toBe(true);
    expect(isFurniture('Rain fell.')).toBe(true);
    expect(isFurniture('He said the talks had collapsed.')).toBe(false);
    expect(isFurniture('By 2030, the city plans to run all its buses on electricity.')).toBe(false);
    expect(isFurniture('By Monday, the talks had collapsed without a deal.')).toBe(false);
    expect(isFurniture('By the end of the day, shares had fallen 3%.')).toBe(false);
    expect(isFurniture('Follow-up talks are planned for next week in Geneva.')).toBe(false);
    expect(isFurniture('Published figures show a sharp rise in exports.')).toBe(false);
    expect(isFurniture('This story has been updated with additional reporting.')).toBe(true);
    expect(isFurniture('Harbour Gazette’s Rui Costa contributed to this report.')).toBe(true);
    expect(isFurniture('The mayor contributed to this report by leaking the port memo to reporters in March, officials said after an inquiry.')).toBe(false);
    expect(isFurniture('Source: company accounts')).toBe(true);
    expect(isFurniture('Japanese brewers are increasingly making money from beer-flavoured drinks rather than beer')).toBe(false);
  });
});
