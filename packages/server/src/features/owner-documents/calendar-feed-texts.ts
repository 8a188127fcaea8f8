/** The words of an owner's calendar feed, in the owner's language (seven locales). */
import type { CareKind, Locale } from '@atelier/client/contract';

export interface CalendarFeedTexts {
  calendarName: (brand: string) => string;
  warrantyEnds: (piece: string) => string;
  careDue: Record<CareKind, (piece: string) => string>;
  /** A care rule's warranty condition, and the day the warranty lapses after without the care. */
  warrantyCondition: (condition: string, lapsesAfter: string) => string;
  /** What the calendar shows when an alarm goes off. */
  alarm: (summary: string) => string;
}

const texts: Record<Locale, CalendarFeedTexts> = {
  en: {
    calendarName: (brand) => `${brand} – my pieces`,
    warrantyEnds: (piece) => `Warranty ends: ${piece}`,
    careDue: {
      service: (piece) => `Service due: ${piece}`,
      water_resistance_check: (piece) => `Water-resistance check due: ${piece}`,
      cleaning: (piece) => `Cleaning due: ${piece}`,
    },
    warrantyCondition: (condition, date) => `A condition of the warranty: ${condition} Without it, the warranty lapses after ${date}.`,
    alarm: (summary) => `Soon – ${summary}`,
  },
  fr: {
    calendarName: (brand) => `${brand} – mes pièces`,
    warrantyEnds: (piece) => `Fin de garantie : ${piece}`,
    careDue: {
      service: (piece) => `Révision à prévoir : ${piece}`,
      water_resistance_check: (piece) => `Contrôle d'étanchéité à prévoir : ${piece}`,
      cleaning: (piece) => `Nettoyage à prévoir : ${piece}`,
    },
    warrantyCondition: (condition, date) => `Une condition de la garantie : ${condition} Sans cela, la garantie prend fin après le ${date}.`,
    alarm: (summary) => `Bientôt – ${summary}`,
  },
  de: {
    calendarName: (brand) => `${brand} – meine Stücke`,
    warrantyEnds: (piece) => `Garantie endet: ${piece}`,
    careDue: {
      service: (piece) => `Revision fällig: ${piece}`,
      water_resistance_check: (piece) => `Wasserdichtigkeitsprüfung fällig: ${piece}`,
      cleaning: (piece) => `Reinigung fällig: ${piece}`,
    },
    warrantyCondition: (condition, date) => `Eine Bedingung der Garantie: ${condition} Ohne sie erlischt die Garantie nach dem ${date}.`,
    alarm: (summary) => `Bald – ${summary}`,
  },
  it: {
    calendarName: (brand) => `${brand} – i miei pezzi`,
    warrantyEnds: (piece) => `Fine della garanzia: ${piece}`,
    careDue: {
      service: (piece) => `Revisione prevista: ${piece}`,
      water_resistance_check: (piece) => `Controllo dell'impermeabilità previsto: ${piece}`,
      cleaning: (piece) => `Pulizia prevista: ${piece}`,
    },
    warrantyCondition: (condition, date) => `Una condizione della garanzia: ${condition} Altrimenti la garanzia decade dopo il ${date}.`,
    alarm: (summary) => `A breve – ${summary}`,
  },
  ja: {
    calendarName: (brand) => `${brand} – マイピース`,
    warrantyEnds: (piece) => `保証終了：${piece}`,
    careDue: {
      service: (piece) => `オーバーホール予定：${piece}`,
      water_resistance_check: (piece) => `防水検査予定：${piece}`,
      cleaning: (piece) => `クリーニング予定：${piece}`,
    },
    warrantyCondition: (condition, date) => `保証の条件：${condition} 実施しない場合、保証は${date}以降失効します。`,
    alarm: (summary) => `まもなく – ${summary}`,
  },
  'zh-Hans': {
    calendarName: (brand) => `${brand} – 我的藏品`,
    warrantyEnds: (piece) => `保修到期：${piece}`,
    careDue: {
      service: (piece) => `应进行保养：${piece}`,
      water_resistance_check: (piece) => `应进行防水检测：${piece}`,
      cleaning: (piece) => `应进行清洁：${piece}`,
    },
    warrantyCondition: (condition, date) => `保修条件：${condition} 否则保修将于${date}后失效。`,
    alarm: (summary) => `即将到来 – ${summary}`,
  },
  'zh-Hant': {
    calendarName: (brand) => `${brand} – 我的藏品`,
    warrantyEnds: (piece) => `保固到期：${piece}`,
    careDue: {
      service: (piece) => `應進行保養：${piece}`,
      water_resistance_check: (piece) => `應進行防水檢測：${piece}`,
      cleaning: (piece) => `應進行清潔：${piece}`,
    },
    warrantyCondition: (condition, date) => `保固條件：${condition} 否則保固將於${date}後失效。`,
    alarm: (summary) => `即將到來 – ${summary}`,
  },
};

/** The feed's words in `language`, English for a language the feed does not have. */
export function calendarFeedTexts(language: string): CalendarFeedTexts {
  return texts[language as Locale] ?? texts.en;
}
