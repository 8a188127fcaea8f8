/** 主控台的繁體中文字串（結構為 `ConsoleMessages`，見 en.ts）。 */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './zh-Hant/base.ts';
import { signInMessages } from './zh-Hant/sign-in.ts';
import { peopleMessages } from './zh-Hant/people.ts';
import { deskMessages } from './zh-Hant/desk.ts';
import { stockMessages } from './zh-Hant/stock.ts';
import { errorMessages } from './zh-Hant/errors.ts';
import { serviceMessages } from './zh-Hant/service.ts';
import { clientsMessages } from './zh-Hant/clients.ts';
import { segmentsMessages } from './zh-Hant/segments.ts';
import { careMessages } from './zh-Hant/care.ts';
import { fromTheBrandMessages } from './zh-Hant/from-the-brand.ts';
import { insightFiguresMessages } from './zh-Hant/insight-figures.ts';

const zhHant: ConsoleMessages = {
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

export default zhHant;
