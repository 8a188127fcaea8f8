/**
 * Walking a cursor-paged list (`{ <items>, nextCursor }`, e.g. GET /v1/repairs) one item at a
 * time. Each page is fetched when the previous one is used up, so stopping early (`break`) sends
 * no further request.
 */

/** A page of a cursor-paged list: its items under some key, and the cursor of the next page (null on the last). */
export interface CursorPage {
  nextCursor: string | null;
}

/**
 * Every item of every page, in order: `fetchPage(undefined)` (or `firstCursor`) first, then
 * `fetchPage(nextCursor)` until a page has none.
 */
export async function* paginate<Page extends CursorPage, Item>(
  fetchPage: (cursor: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => readonly Item[],
  firstCursor?: string,
): AsyncGenerator<Item, void, undefined> {
  let cursor = firstCursor;
  do {
    const page = await fetchPage(cursor);
    yield* itemsOf(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
