/** The item's public page (办事指南). */
export const itemHref = (id: string) => `/items/${encodeURIComponent(id)}`;
/** The online application of an item whose form is built (sign-in first: the middleware sends to /login). */
export const applyHref = (id: string) => `/personal/apply/${encodeURIComponent(id)}`;

/** 我要咨询 / 我要投诉 about an item (个人空间: sign-in first). */
export const askHref = (id: string, kind: 'CONSULTATION' | 'COMPLAINT') =>
  `/personal/questions/new?${new URLSearchParams({ item: id, kind })}`;
