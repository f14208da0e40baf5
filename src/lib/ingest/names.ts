/** Words in a participants cell that mean everyone. */
export const EVERYONE = ['все', 'все педагоги', 'весь коллектив', 'all', 'everyone'];

/** SQL splitting a participants cell into names, one row per name. */
export const splitNames = (sql: string) => `unnest(regexp_split_to_array(${sql}, '\\s*[,;\\n]\\s*'))`;
