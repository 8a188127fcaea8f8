import serviceTypes from '@atelier/client/service-type-names/de';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}: Ihre Reparatur ${trackingCode} ist gebucht`,
    received: ({ brandName, modelName }) => `${brandName}: Wir haben Ihre ${modelName} erhalten`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}: Ihr Kostenvoranschlag für die Reparatur ${trackingCode} liegt vor`,
    approved: ({ brandName, trackingCode }) => `${brandName}: Kostenvoranschlag für die Reparatur ${trackingCode} angenommen`,
    declined: ({ brandName, trackingCode }) => `${brandName}: Kostenvoranschlag für die Reparatur ${trackingCode} abgelehnt`,
    ready: ({ brandName, modelName }) => `${brandName}: Ihre ${modelName} ist fertig`,
    returned: ({ brandName, modelName }) => `${brandName}: Ihre ${modelName} ist wieder bei Ihnen`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}: Die Reparatur ${trackingCode} wurde storniert`,
  },
  greeting: ({ name }) => `Guten Tag ${name},`,
  greetingWithoutName: 'Guten Tag,',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `Reparatur ${trackingCode}: ${serviceName} Ihrer ${modelName} (Seriennummer ${serial}).`,
  booked: {
    intro: 'Vielen Dank: Ihre Reparatur ist gebucht. Bewahren Sie die Reparaturnummer auf, um sie zu verfolgen.',
    slot: ({ when, centreName, address }) => `Bitte bringen Sie Ihr Stück am ${when} (Ortszeit der Boutique) zu ${centreName}, ${address}.`,
    mailIn: ({ centreName }) => `Bitte senden Sie Ihr Stück wie folgt an ${centreName}:`,
    next: 'So geht es weiter: Sobald Ihr Stück eingetroffen ist, bestätigen wir Ihnen den Fertigstellungstermin. Stellen unsere Uhrmacher Arbeiten über den Service hinaus fest, erhalten Sie zuerst einen Kostenvoranschlag zur Annahme oder Ablehnung; ohne Ihre Zustimmung wird nichts berechnet.',
  },
  received: ({ promisedDate }) => `Ihr Stück ist im Servicecenter eingetroffen. Wir versprechen, es bis spätestens ${promisedDate} fertigzustellen.`,
  awaitingApproval: {
    intro: 'Unsere Uhrmacher haben Ihr Stück geprüft. Hier ist der Kostenvoranschlag:',
    covered: 'Durch Ihre Garantie gedeckt: kostenlos',
    total: ({ total }) => `Zu zahlender Betrag: ${total}`,
    validUntil: ({ date }) => `Dieser Kostenvoranschlag ist bis ${date} gültig.`,
    decide: 'Nehmen Sie ihn in Ihrer Reparaturverfolgung an oder lehnen Sie ihn ab. Vor Ihrer Entscheidung beginnen keine Arbeiten.',
  },
  approved: 'Vielen Dank für die Annahme des Kostenvoranschlags. Die Arbeiten an Ihrem Stück beginnen jetzt; wir melden uns, sobald es fertig ist.',
  declined: 'Sie haben den Kostenvoranschlag abgelehnt. Es werden keine Arbeiten ausgeführt; Sie erhalten Ihr Stück so zurück, wie Sie es uns anvertraut haben.',
  ready: {
    collect: ({ centreName, address }) => `Ihr Stück ist fertig. Sie können es bei ${centreName}, ${address}, abholen.`,
    shipping: 'Ihr Stück ist fertig und wird an Sie zurückgesandt.',
    collectAtRetailer: ({ retailerName, city }) => `Ihr Stück ist fertig und auf dem Rückweg zu ${retailerName}, ${city}, wo Sie es abgegeben haben: Sie können es dort abholen, sobald man Ihnen seine Ankunft mitteilt.`,
  },
  returned: {
    intro: 'Ihr Stück ist wieder bei Ihnen.',
    warrantyExtended: ({ date }) => `Nach diesem Service ist Ihre Garantie bis ${date} verlängert.`,
    rate: 'Wie zufrieden waren Sie? Bitte bewerten Sie den Service in Ihrer Reparaturverfolgung; es dauert nur einen Moment.',
  },
  cancelled: 'Ihre Reparatur wurde storniert. Falls Sie dies nicht veranlasst haben, wenden Sie sich bitte an das Servicecenter.',
  trackerAction: 'Meine Reparatur verfolgen',
  trackerNote: 'Dieser Link öffnet Ihre Reparaturverfolgung ohne Ihre E-Mail-Adresse; bitte geben Sie ihn nicht weiter.',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}: Bitte bestätigen Sie Ihre E-Mail-Adresse`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}, ${city}, hat ein Stück für einen Service von ${brandName} entgegengenommen und diese E-Mail-Adresse für Nachrichten dazu angegeben.`,
    ask: 'Bitte bestätigen Sie, dass diese Adresse Ihnen gehört. Bis dahin senden wir nichts weiter an sie: keine Neuigkeiten, keinen Kostenvoranschlag.',
    action: 'Meine Adresse bestätigen',
    note: 'Die Schaltfläche bestätigt diese Adresse und öffnet die Reparaturverfolgung. Wenn Sie kein Stück abgegeben haben, ignorieren Sie diese E-Mail bitte: Diese Adresse erhält dazu nichts mehr.',
  },
  signOff: ({ brandName }) => `Ihr ${brandName} Kundendienst`,
};
