// `$` is spelled `dollar` in Python: a name already spelled so is the same Python name.
export class Query {
  $limit = 1;
  dollarLimit = 2;
}

export function main(): number {
  const $where = 1;
  const dollarWhere = 2;
  return $where + dollarWhere;
}
