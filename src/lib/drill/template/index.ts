/**
 * The meaning of a command template: what the notes wrote (`CommandItem.original`, placeholders
 * kept) read as a pattern the judge matches typed lines against.
 *
 * Two notations are read, as learners and Docker's own reference write them:
 * - Docker's usage grammar (docs.docker.com/reference/cli/docker/, `docker <command> --help`):
 *   `[OPTIONS]` = any valid options of that command, optional; upper-case metavariables
 *   (`IMAGE`, `CONTAINER`, `NAME|ID`, `SOURCE_IMAGE[:TAG]`, `NAME[:TAG|@DIGEST]`) = one word of
 *   that kind; `[X]` with grammar inside = optional; `X...` / `[X...]` = repeated; `|` inside a
 *   word or between metavariables (`PATH | URL | -`) = alternatives; `[COMMAND] [ARG...]` = any
 *   further words.
 * - Slots of study notes: `{x}`, `<x>` and `[x]` with ordinary words inside, in the notes'
 *   language (`[user name]`, `[ubuntu user account name]`, `<image name>`, `{container_id}`) =
 *   one required word; `{option}`, `<options>` and the notes' word for options = any options.
 *   The words that name a slot's kind are data (`slot-words.json`).
 *
 * {@link compileTemplate} turns a template into a shell line whose grammar parts are marker words
 * (`__T0__`, …), read by the same shell and option readers as a typed line, plus the pattern of
 * each marker. Never throws: text it cannot read stays literal.
 */
export * from './types';
export { compileTemplate } from './compile';
export { slotNameOf } from './grammar';
export * from './match';
