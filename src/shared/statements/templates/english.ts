import type { StatementKind } from '../workflow';
import { doc, h, ol, p, text, ul, type BuiltInTemplate } from './build';

/** Built-in English templates, one per kind. Placeholders: see placeholders.ts. */
export const englishTemplates: Record<StatementKind, BuiltInTemplate> = {
  press_release: {
    key: 'en.press_release',
    name: 'Standard press release',
    title: '[Short headline saying what happened or is announced]',
    summary: '[One-sentence summary: what, who, when, where]',
    body: doc(
      p(
        '{office} announces [the news: what happened, who is involved, when and where]. [Why it matters to the public.]',
      ),
      p('[Details: data, official figures and the steps taken. Name the source of the data.]'),
      p('"[A quote from the leader or spokesperson on the office\'s position and commitment]," said {spokesperson}.'),
      p('[What the public should do, services available, links or numbers to call.]'),
      p(text('About {office}', true)),
      p('[One paragraph about the office.]'),
    ),
  },
  official_statement: {
    key: 'en.official_statement',
    name: 'Official statement',
    title: 'Official Statement of {office} on [subject]',
    summary: '',
    body: doc(
      p('Regarding [the event or reports], {office} states the following:'),
      ol(
        "[The office's position.]",
        '[Verified facts, with their source.]',
        '[Steps taken and planned.]',
        '[Advice to the public.]',
      ),
      p('Further official information will be given only through the official channels of {office}.'),
    ),
  },
  holding_statement: {
    key: 'en.holding_statement',
    name: 'Crisis holding statement (CERC)',
    title: '{office} Responds to [Event] in [Place]',
    summary: 'First statement: the situation is developing and will be updated regularly.',
    body: doc(
      h('Our concern'),
      p(
        'We are deeply concerned about [the event] in [place] on {date}. The safety of residents is our first priority.',
      ),
      h('What we know'),
      ul('[Verified fact 1: what, where, when.]', '[Verified fact 2: people affected, per official data.]'),
      h('What we do not know yet'),
      p(
        '[What is still being verified, such as the cause or exact numbers.] We will not speculate; we will share information once it is confirmed.',
      ),
      h('What we are doing'),
      ul('[Response under way.]', '[Coordination with other agencies.]'),
      h('Where to get official information'),
      p(
        'Official information comes only from {office}: {website}, phone {phone}. Please do not share unverified information.',
      ),
    ),
  },
  update: {
    key: 'en.update',
    name: 'Periodic update',
    title: 'Response to [Event] — Update as of {date}',
    summary: '',
    body: doc(
      p('{office} gives the latest on the response to [the event] as of {date}:'),
      h('Latest figures'),
      ul('[Latest official figures, compared with the previous update.]', '[Areas affected.]'),
      h('Response'),
      ul('[Steps taken since the last update.]'),
      h('Advice'),
      p('[What the public should do or avoid.]'),
    ),
  },
  hoax_clarification: {
    key: 'en.hoax_clarification',
    name: 'Hoax clarification',
    title: '[HOAX] [Summary of the circulating claim]',
    summary: 'Clarification by {office} of information circulating on [platform].',
    body: doc(
      h('The claim'),
      p('Information circulating on [platform] since [date] says that [the claim].'),
      h('The facts'),
      p('This information is false. [The facts, based on official data and their source.]'),
      h('Verdict'),
      p('The information is classified as [HOAX/DISINFORMATION/MISINFORMATION].'),
      p('Please do not share it, and check information through the official channels of {office}.'),
    ),
  },
  qa: {
    key: 'en.qa',
    name: 'Questions and answers',
    title: 'Q&A: [Topic]',
    summary: 'Answers to questions the public and the media ask most often.',
    body: doc(
      p(text('Q: [The most frequent question]?', true)),
      p('A: [A short, factual, quotable answer.]'),
      p(text('Q: [Second question]?', true)),
      p('A: [Answer.]'),
      p(text('Q: Where can the public get official information?', true)),
      p('A: From {office}: {website}, phone {phone}.'),
    ),
  },
  talking_points: {
    key: 'en.talking_points',
    name: 'Spokesperson talking points',
    title: 'Talking points: [Topic] — {spokesperson}',
    summary: "For the spokesperson's internal use.",
    body: doc(
      h('Key messages'),
      ol('[Key message 1]', '[Key message 2]', '[Key message 3]'),
      h('Supporting data'),
      ul('[Official figures and their source]'),
      h('Difficult questions'),
      ul('[Question] — [suggested answer]'),
      h('Avoid'),
      ul('Speculating on what is not confirmed.', 'Quoting figures outside the official data.'),
    ),
  },
  social_post: {
    key: 'en.social_post',
    name: 'Social media post',
    title: '[Internal title of the post]',
    summary: '',
    body: doc(
      p('[The main message in one or two sentences.]'),
      p('Official info: {website} | {phone}'),
      p('#[OfficialHashtag]'),
    ),
  },
};
