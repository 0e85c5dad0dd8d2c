import { readWebEnvVariable } from './web-env';

/** Base URL of the Service Hall API, as seen from the web server (never from the browser). */
export function getApiUrl(): string {
  return (readWebEnvVariable('API_URL') ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

export function getApiGraphqlUrl(): string {
  return `${getApiUrl()}/graphql`;
}
