class Movie {
  private watched = false;
  constructor(readonly title: string) {}
}
export function save(movies: { list: Movie[] }): string {
  return JSON.stringify(movies);
}
