/** The lead of a made-up harbour-town story, shared by the saved-page tests: three paragraphs of prose. */
export const LEAD = [
  'The harbour board voted on Monday to delay the new ferry terminal by two years, after engineers found the sea wall too weak for the cranes.',
  '',
  'Board members said the ferry operators had been told of the terminal delay and would keep the old quay open until the sea wall is rebuilt.',
  '',
  'The cost of strengthening the wall has not been published, but the board said it would ask the council for help with the ferry terminal.',
  '',
];
