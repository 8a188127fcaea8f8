/** The Shopify app arrives with issue 5; this package holds its place in the workspace. */
export const shopifyAppStatus = 'planned' as const;
