/** Deutsche Texte der Konsole (Form: `ConsoleMessages`, siehe en.ts). */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './de/base.ts';
import { signInMessages } from './de/sign-in.ts';
import { peopleMessages } from './de/people.ts';
import { deskMessages } from './de/desk.ts';
import { stockMessages } from './de/stock.ts';
import { errorMessages } from './de/errors.ts';
import { serviceMessages } from './de/service.ts';
import { clientsMessages } from './de/clients.ts';
import { segmentsMessages } from './de/segments.ts';
import { careMessages } from './de/care.ts';
import { fromTheBrandMessages } from './de/from-the-brand.ts';
import { insightFiguresMessages } from './de/insight-figures.ts';

const de: ConsoleMessages = {
  ...baseMessages,
  ...signInMessages,
  ...peopleMessages,
  ...deskMessages,
  ...stockMessages,
  ...errorMessages,
  ...serviceMessages,
  ...clientsMessages,
  ...segmentsMessages,
  ...careMessages,
  ...fromTheBrandMessages,
  ...insightFiguresMessages,
};

export default de;
