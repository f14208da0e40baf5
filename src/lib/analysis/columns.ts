// Moved to engine/ (issue 16.7). Kept one merge round for branches in flight that import it from here.
export { column } from '../engine/columns';
