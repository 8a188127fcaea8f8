/** Migrations in order. Add a file and list it here; never edit one that has shipped. */
import type { Migration } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as provenanceChain from './0002-provenance-chain.ts';
import * as repairs from './0003-repairs.ts';
import * as serviceCentreLocations from './0004-service-centre-locations.ts';
import * as repairTrackerLinks from './0005-repair-tracker-links.ts';
import * as serviceTypes from './0006-service-types.ts';
import * as storedPublicRecords from './0007-stored-public-records.ts';
import * as pendingConsents from './0008-pending-consents.ts';
import * as attemptCounters from './0009-attempt-counters.ts';
import * as ownerPlacesRemoved from './0010-owner-places-removed.ts';
import * as repairBookerNotOwner from './0011-repair-booker-not-owner.ts';
import * as mailOutbox from './0012-mail-outbox.ts';
import * as retailerKeys from './0013-retailer-keys.ts';
import * as people from './0014-people.ts';
import * as passkeys from './0015-passkeys.ts';
import * as auditLog from './0016-audit-log.ts';
import * as stock from './0017-stock.ts';
import * as recognition from './0018-recognition.ts';
import * as saleVoids from './0019-sale-voids.ts';
import * as counterRepairs from './0020-counter-repairs.ts';
import * as ownerSignIn from './0021-owner-sign-in.ts';
import * as clientSegments from './0022-client-segments.ts';
import * as clientSummaries from './0023-client-summaries.ts';
import * as careRules from './0024-care-rules.ts';
import * as careReminders from './0025-care-reminders.ts';
import * as careReminderSending from './0026-care-reminder-sending.ts';
import * as careReminderSendDelay from './0027-care-reminder-send-delay.ts';
import * as clientNotes from './0028-client-notes.ts';
import * as ownerPreferences from './0029-owner-preferences.ts';
import * as careReminderQueue from './0030-care-reminder-queue.ts';
import * as brandMessages from './0031-brand-messages.ts';
import * as ownerCalendarFeeds from './0032-owner-calendar-feeds.ts';
import * as pieceTransfers from './0033-piece-transfers.ts';
import * as pieceTransferEndReasons from './0034-piece-transfer-end-reasons.ts';
import * as careRemindersPerOwner from './0035-care-reminders-per-owner.ts';
import * as money from './0036-money.ts';
import * as ownerPasskeys from './0037-owner-passkeys.ts';
import * as segmentIndexes from './0038-segment-indexes.ts';
import * as clientValueRecomputations from './0039-client-value-recomputations.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-provenance-chain': provenanceChain,
  '0003-repairs': repairs,
  '0004-service-centre-locations': serviceCentreLocations,
  '0005-repair-tracker-links': repairTrackerLinks,
  '0006-service-types': serviceTypes,
  '0007-stored-public-records': storedPublicRecords,
  '0008-pending-consents': pendingConsents,
  '0009-attempt-counters': attemptCounters,
  '0010-owner-places-removed': ownerPlacesRemoved,
  '0011-repair-booker-not-owner': repairBookerNotOwner,
  '0012-mail-outbox': mailOutbox,
  '0013-retailer-keys': retailerKeys,
  '0014-people': people,
  '0015-passkeys': passkeys,
  '0016-audit-log': auditLog,
  '0017-stock': stock,
  '0018-recognition': recognition,
  '0019-sale-voids': saleVoids,
  '0020-counter-repairs': counterRepairs,
  '0021-owner-sign-in': ownerSignIn,
  '0022-client-segments': clientSegments,
  '0023-client-summaries': clientSummaries,
  '0024-care-rules': careRules,
  '0025-care-reminders': careReminders,
  '0026-care-reminder-sending': careReminderSending,
  '0027-care-reminder-send-delay': careReminderSendDelay,
  '0028-client-notes': clientNotes,
  '0029-owner-preferences': ownerPreferences,
  '0030-care-reminder-queue': careReminderQueue,
  '0031-brand-messages': brandMessages,
  '0032-owner-calendar-feeds': ownerCalendarFeeds,
  '0033-piece-transfers': pieceTransfers,
  '0034-piece-transfer-end-reasons': pieceTransferEndReasons,
  '0035-care-reminders-per-owner': careRemindersPerOwner,
  '0036-money': money,
  '0037-owner-passkeys': ownerPasskeys,
  '0038-segment-indexes': segmentIndexes,
  '0039-client-value-recomputations': clientValueRecomputations,
};
