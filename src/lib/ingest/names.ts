import { Sql } from '../engine/sql';

/** Words in a participants cell that mean everyone. */
export const EVERYONE = ['все', 'все педагоги', 'весь коллектив', 'all', 'everyone'];

/** One row per name of a list cell («Иванова А.А., Петрова Б.Б.; …»): takes SQL (a cell, a column), gives SQL. */
export const splitNames = (list: Sql) => new Sql(`unnest(regexp_split_to_array(${list}, '\\s*[,;\\n]\\s*'))`);
