/** What the "From the brand" page calls: the brand's invitations and news, written, sent and published. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { createBrandNews, createInvitation, listBrandNews, listInvitations, publishBrandNews, sendInvitation, updateBrandNews, updateInvitation } from '@atelier/client/contract';
import type { BrandNews, BrandNewsInput, BrandNewsList, EventInvitation, EventInvitationList, InvitationInput, InvitationSent, Received } from '@atelier/client/contract';

export interface FromTheBrandClient {
  invitations(options?: CallOptions): Promise<Received<EventInvitationList>>;
  createInvitation(input: InvitationInput, options?: CallOptions): Promise<Received<EventInvitation>>;
  updateInvitation(invitationId: string, input: InvitationInput, options?: CallOptions): Promise<Received<EventInvitation>>;
  sendInvitation(invitationId: string, options?: CallOptions): Promise<Received<InvitationSent>>;
  news(options?: CallOptions): Promise<Received<BrandNewsList>>;
  createNews(input: BrandNewsInput, options?: CallOptions): Promise<Received<BrandNews>>;
  updateNews(newsId: string, input: BrandNewsInput, options?: CallOptions): Promise<Received<BrandNews>>;
  publishNews(newsId: string, options?: CallOptions): Promise<Received<BrandNews>>;
}

export function createFromTheBrandClient(call: CallFunction): FromTheBrandClient {
  return {
    invitations: (options) => call(listInvitations, {}, options),
    createInvitation: (input, options) => call(createInvitation, { body: input }, options),
    updateInvitation: (invitationId, input, options) => call(updateInvitation, { params: { invitationId }, body: input }, options),
    sendInvitation: (invitationId, options) => call(sendInvitation, { params: { invitationId } }, options),
    news: (options) => call(listBrandNews, {}, options),
    createNews: (input, options) => call(createBrandNews, { body: input }, options),
    updateNews: (newsId, input, options) => call(updateBrandNews, { params: { newsId }, body: input }, options),
    publishNews: (newsId, options) => call(publishBrandNews, { params: { newsId } }, options),
  };
}
