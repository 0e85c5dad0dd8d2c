/** The hall's display name (env HALL_NAME), read on the server at request time. */
export function getHallName(): string {
  return process.env.HALL_NAME?.trim() || '天津网上办事大厅';
}
