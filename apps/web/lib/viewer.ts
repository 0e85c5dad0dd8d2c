import { cache } from 'react';
import { ViewerQuery } from './viewer-query';
import { serverQuery, UnauthenticatedError } from './urql-server';

/**
 * The signed-in user with their roles and department, or null when the API does not know the session.
 * Cached per request, so the header and the layouts that check roles share one API call.
 */
export const getViewer = cache(async () => {
  try {
    return (await serverQuery(ViewerQuery, {})).me;
  } catch (error) {
    if (error instanceof UnauthenticatedError) return null;
    throw error;
  }
});

export type Viewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;
