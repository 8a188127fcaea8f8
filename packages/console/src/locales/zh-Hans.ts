/** 控制台的简体中文字符串（结构为 `ConsoleMessages`，见 en.ts）。 */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './zh-Hans/base.ts';
import { signInMessages } from './zh-Hans/sign-in.ts';
import { peopleMessages } from './zh-Hans/people.ts';
import { deskMessages } from './zh-Hans/desk.ts';
import { stockMessages } from './zh-Hans/stock.ts';
import { errorMessages } from './zh-Hans/errors.ts';
import { serviceMessages } from './zh-Hans/service.ts';
import { clientsMessages } from './zh-Hans/clients.ts';
import { segmentsMessages } from './zh-Hans/segments.ts';
import { careMessages } from './zh-Hans/care.ts';
import { fromTheBrandMessages } from './zh-Hans/from-the-brand.ts';
import { insightFiguresMessages } from './zh-Hans/insight-figures.ts';

const zhHans: ConsoleMessages = {
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

export default zhHans;
