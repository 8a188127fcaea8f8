/**
 * The demo's "From the brand" (issue 16): one invitation, sent, and one news item, published, so
 * the owner space and the console show them. The invitation is for every client of Maison Aubert
 * (Hélène Marchand, the demo owner, included), four weeks after the seed; seeding records its
 * guests and e-mails no one. Added once: a brand that has any invitation or news keeps its own.
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { createBrandNews, publishBrandNews } from '../features/brand-news/news.ts';
import { createInvitation } from '../features/invitations/invitations.ts';
import { inviteAudience } from '../features/invitations/sending.ts';
import { addDaysToDate } from '../features/shared/calendar.ts';

const demoInvitationDaysAhead = 28;

export async function insertMissingDemoBrandMessages(db: Db, brandId: string, now: Date): Promise<void> {
  const deps = { db, clock: { now: () => now } satisfies Clock };
  const invitation = await db.selectFrom('invitations').select('id').where('brand_id', '=', brandId).executeTakeFirst();
  if (!invitation) {
    const draft = await createInvitation(deps, brandId, {
      texts: {
        en: { title: 'An evening at the Vendôme boutique', description: 'Our watchmakers present the new Corniche in bronze, and show how a minute repeater is tuned.\n\nChampagne from 18:30.' },
        fr: { title: 'Une soirée à la boutique Vendôme', description: 'Nos horlogers présentent la nouvelle Corniche en bronze et montrent comment se règle une répétition minutes.\n\nChampagne dès 18 h 30.' },
        ja: { title: 'ヴァンドーム ブティックの夕べ', description: '時計師がブロンズの新作コルニッシュをご紹介し、ミニッツリピーターの調律をご覧いただきます。' },
      },
      place: { name: 'Maison Aubert Vendôme', address: '12 place Vendôme', city: 'Paris', country: 'FR' },
      startsAt: { date: addDaysToDate(now.toISOString().slice(0, 10), demoInvitationDaysAhead), time: '18:30', timeZone: 'Europe/Paris' },
      capacity: 40,
      audience: {},
    });
    await db.updateTable('invitations').set({ status: 'sent', sent_at: now.toISOString() }).where('id', '=', draft.id).execute();
    await inviteAudience(db, deps.clock, { id: draft.id, brand_id: brandId, audience: JSON.stringify(draft.audience) }, now);
  }
  const news = await db.selectFrom('brand_news').select('id').where('brand_id', '=', brandId).executeTakeFirst();
  if (!news) {
    const draft = await createBrandNews(deps, brandId, {
      texts: {
        en: { title: 'The Corniche, now in bronze', body: 'Our diver’s watch, cast in bronze: a case that takes on its own patina with the years.\n\nIn our boutiques this spring.' },
        fr: { title: 'La Corniche, désormais en bronze', body: 'Notre montre de plongée, coulée dans le bronze : un boîtier qui prend sa propre patine au fil des ans.\n\nDans nos boutiques ce printemps.' },
      },
      link: 'https://www.maison-aubert.example/corniche-bronze',
      audience: {},
    });
    await publishBrandNews(deps, brandId, draft.id);
  }
}
