import { readWebEnvVariable } from './web-env';

/** The hall's display name (env HALL_NAME), read on the server at request time. */
export function getHallName(): string {
  return readWebEnvVariable('HALL_NAME') ?? '天津网上办事大厅';
}
